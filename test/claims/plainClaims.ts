/**
 * Claims of the plain-TypeScript view's differences from CPython (src/plain/differences.ts): each explanation
 * shown by micro-programs run under python3 and node by test/unit/noteClaims.test.ts. A difference kind
 * without claims does not typecheck.
 */
import type { DifferenceKind } from "../../src/plain/differences";
import type { Claims } from "./claim";

const run = "import asyncio\n";

export const plainClaims: { readonly [K in DifferenceKind]: Claims } = {
  eagerStart: [
    {
      says: "create_task schedules the coroutine: its body starts once the creating task waits",
      python: { code: `${run}async def w():\n    print("w starts")\nasync def main():\n    t = asyncio.create_task(w())\n    print("task created")\n    await t\nasyncio.run(main())\n`, stdout: "task created\nw starts\n" },
      js: { code: `async function w() { console.log("w starts"); }\nconst t = w();\nconsole.log("task created");\nawait t;\n`, stdout: "w starts\ntask created\n" },
    },
  ],
  consoleLog: [
    {
      says: "print writes str() of each value; console.log formats with util.inspect; strings and whole numbers alike",
      python: { code: `print([1, 2], None, True, 1.0, {'a': 1}, "s", 3)\n`, stdout: "[1, 2] None True 1.0 {'a': 1} s 3\n" },
      js: { code: `console.log([1, 2], null, true, 1.0, new Map([["a", 1]]), "s", 3);\n`, stdout: "[ 1, 2 ] null true 1 Map(1) { 'a' => 1 } s 3\n" },
    },
  ],
  stringConversion: [
    {
      says: "str() and repr() against String()",
      python: { code: `print(str(None), str(1.0), str([1, 2]), repr('a'), repr(ValueError('x')))\n`, stdout: "None 1.0 [1, 2] 'a' ValueError('x')\n" },
      js: {
        code: `class ValueError extends Error { name = "ValueError"; }\nconsole.log(String(null), String(1.0), String([1, 2]), String("a"), String(new ValueError("x")));\n`,
        stdout: "null 1 1,2 a ValueError: x\n",
      },
    },
  ],
  typeNames: [
    {
      says: "type([]) prints <class 'list'>; [].constructor.name is Array, typeof [] is object",
      python: { code: `print(type([]))\n`, stdout: "<class 'list'>\n" },
      js: { code: `console.log([].constructor.name, typeof []);\n`, stdout: "Array object\n" },
    },
  ],
  remainderSign: [
    {
      says: "Python's % takes the divisor's sign, JavaScript's the dividend's; they agree on non-negative operands",
      python: { code: `print(-7 % 3, 7 % 3)\n`, stdout: "2 1\n" },
      js: { code: `console.log(-7 % 3, 7 % 3);\n`, stdout: "-1 1\n" },
    },
  ],
  loopShutdown: [
    {
      says: "asyncio.run cancels a task still running when main returns; Node runs a started promise to its end",
      python: {
        code: `${run}async def late():\n    await asyncio.sleep(0.05)\n    print("late done")\nasync def main():\n    asyncio.create_task(late())\n    print("main done")\nasyncio.run(main())\n`,
        stdout: "main done\n",
      },
      js: {
        code: `import { setTimeout as sleep } from "node:timers/promises";\nasync function late() { await sleep(50); console.log("late done"); }\nasync function main() { void late(); console.log("main done"); }\nawait main();\n`,
        stdout: "main done\nlate done\n",
      },
    },
  ],
};
