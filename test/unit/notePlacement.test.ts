/**
 * A note sits beside the code it explains and nowhere else: `awaitCoroutine` ("an await of a coroutine
 * that does not suspend does not yield") only where the awaited coroutine may finish without waiting.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { translate } from "../../src/pipeline";
import type { NoteId } from "../../src/translate/notes";

async function placed(source: string, id: NoteId): Promise<string[]> {
  const t = await translate(source);
  assert.ok(t.ok, JSON.stringify(t.diagnostics));
  return t.notes.filter((n) => n.id === id).map((n) => source.slice(n.span.start, n.span.end));
}

const program = (body: string) => `import asyncio\n\n${body}\n\nasyncio.run(main())\n`;

describe("note placement", () => {
  it("the seed: Promise.all's note on gather, and no awaitCoroutine on `await asyncio.sleep(2)`", async () => {
    const seed = readFileSync(path.join(__dirname, "..", "..", "..", "shared", "seed", "gather_return_values.py"), "utf8");
    assert.deepEqual(await placed(seed, "gatherPromiseAll"), ["asyncio.gather(*coros)"]);
    assert.deepEqual(await placed(seed, "awaitCoroutine"), []);
  });

  const cases: readonly (readonly [string, string, readonly string[]])[] = [
    ["a coroutine that returns at once", "async def quick():\n    return 1\n\nasync def main():\n    print(await quick())", ["await quick()"]],
    ["one that sleeps first (a library call is no coroutine of the program)", "async def work(n):\n    await asyncio.sleep(n)\n    return n\n\nasync def main():\n    await asyncio.sleep(0)\n    print(await work(2))", []],
    ["one that sleeps through another coroutine", "async def pause():\n    await asyncio.sleep(0)\n\nasync def work():\n    x = await pause()\n    return x\n\nasync def main():\n    await work()", []],
    ["one that may return before it sleeps", "async def work(n):\n    if n == 0:\n        return 0\n    await asyncio.sleep(n)\n    return n\n\nasync def main():\n    print(await work(0))", ["await work(0)"]],
    ["one that sleeps only in a branch", "async def work(n):\n    if n:\n        await asyncio.sleep(n)\n\nasync def main():\n    await work(1)", ["await work(1)"]],
    ["a method that sleeps first", "class A:\n    async def go(self):\n        await asyncio.sleep(1)\n\nasync def main():\n    a = A()\n    await a.go()", []],
    ["a coroutine that awaits itself (no proof, and no endless search)", "async def down(n):\n    await down(n)\n\nasync def main():\n    await asyncio.sleep(0)", ["await down(n)"]],
    ["mutual recursion before any sleep", "async def a(n):\n    await b(n)\n\nasync def b(n):\n    if n:\n        await a(n - 1)\n\nasync def main():\n    await a(2)", ["await b(n)", "await a(n - 1)", "await a(2)"]],
  ];
  for (const [name, body, expected] of cases) {
    it(`awaitCoroutine: ${name}`, async () => {
      assert.deepEqual(await placed(program(body), "awaitCoroutine"), expected);
    });
  }
});
