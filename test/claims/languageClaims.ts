/** Claims of the notes on Python and TypeScript as languages (numbers, containers, printing, loops, classes). */
import type { Claims } from "./claim";

export const languageClaims = {
  operandTypes: [
    {
      says: "Python raises TypeError for None + 1, 'a' + 1, 'a' - 1",
      python: { code: `for f in (lambda: None + 1, lambda: "a" + 1, lambda: "a" - 1):\n    try:\n        f()\n    except TypeError as e:\n        print(e)\n`, stdout: "unsupported operand type(s) for +: 'NoneType' and 'int'\ncan only concatenate str (not \"int\") to str\nunsupported operand type(s) for -: 'str' and 'int'\n" },
      js: { code: `const values = JSON.parse('[null, "a"]');\nconsole.log(values[0] + 1, values[1] + 1, values[1] - 1);\n`, stdout: "1 a1 NaN\n" },
    },
    {
      says: "strict TypeScript rejects null + 1 and \"a\" - 1 but accepts \"a\" + 1",
      tsc: { code: `const a = null + 1;\nconst b = "a" - 1;\nconst c: string = "a" + 1;\nexport { a, b, c };\n`, errors: [18050, 2362] },
    },
  ],
  defaultOnce: [
    {
      says: "a Python default is evaluated once; a JavaScript default at each call",
      python: { code: `def f(acc=[]):\n    acc.append(1)\n    return len(acc)\nprint(f(), f())\n`, stdout: "1 2\n" },
      js: { code: `function f(acc = []) { acc.push(1); return acc.length; }\nconsole.log(f(), f());\n`, stdout: "1 1\n" },
    },
  ],
  print: [
    {
      says: "print uses str(); console.log prints true, null, [ 1, 2 ], 4",
      python: { code: `print(True, None, [1, 2], {'a': 1}, 4.0)\n`, stdout: "True None [1, 2] {'a': 1} 4.0\n" },
      js: { code: `console.log(true, null, [1, 2], 4.0);\n`, stdout: "true null [ 1, 2 ] 4\n" },
    },
  ],
  floatFormat: [
    {
      says: "4.0 and 4 are one number in JS; Python ints are unbounded, JS numbers exact only to 2**53",
      python: { code: `print(4.0, 4, 2**64, 2**53 + 1)\n`, stdout: "4.0 4 18446744073709551616 9007199254740993\n" },
      js: { code: `console.log(4.0, 4, 4.0 === 4, 2 ** 64, 2 ** 53 + 1, Number.MAX_SAFE_INTEGER === 2 ** 53 - 1);\n`, stdout: "4 4 true 18446744073709552000 9007199254740992 true\n" },
    },
  ],
  tupleFormat: [
    {
      says: "a tuple prints (1, 2); an array prints [ 1, 2 ]",
      python: { code: `print((1, 2), [1, 2])\n`, stdout: "(1, 2) [1, 2]\n" },
      js: { code: `console.log([1, 2]);\n`, stdout: "[ 1, 2 ]\n" },
    },
  ],
  floorDiv: [
    {
      says: "// floors and % takes the divisor's sign; JS % takes the dividend's",
      python: { code: `print(-7 // 2, -7 % 2)\ntry:\n    1 // 0\nexcept ZeroDivisionError as e:\n    print(e)\n`, stdout: "-4 1\ninteger division or modulo by zero\n" },
      js: { code: `console.log(Math.trunc(-7 / 2), -7 % 2, 1 / 0, 1 % 0);\n`, stdout: "-3 -1 Infinity NaN\n" },
    },
  ],
  trueDiv: [
    {
      says: "/ by zero raises in Python; JS gives Infinity or NaN",
      python: { code: `try:\n    1 / 0\nexcept ZeroDivisionError as e:\n    print(e)\nprint(4 / 2)\n`, stdout: "division by zero\n2.0\n" },
      js: { code: `console.log(1 / 0, 0 / 0, 4 / 2);\n`, stdout: "Infinity NaN 2\n" },
    },
  ],
  round: [
    {
      says: "round(2.5) is 2; Math.round(2.5) is 3",
      python: { code: `print(round(2.5), round(3.5), round(2.675, 2))\n`, stdout: "2 4 2.67\n" },
      js: { code: `console.log(Math.round(2.5), Math.round(3.5), Math.round(-2.5));\n`, stdout: "3 4 -2\n" },
    },
  ],
  dictMap: [
    {
      says: "dict and Map keep insertion order; a plain object reorders integer-like keys",
      python: { code: `d = {"b": 1, "2": 2, "1": 3}\nprint(list(d))\n`, stdout: "['b', '2', '1']\n" },
      js: { code: `console.log([...new Map([["b", 1], ["2", 2], ["1", 3]]).keys()].join(), Object.keys({ b: 1, 2: 2, 1: 3 }).join());\n`, stdout: "b,2,1 1,2,b\n" },
    },
    {
      says: "Python keys compare by value (tuples, True == 1); a Map's by identity",
      python: { code: `d = {(1, 2): "pair"}\nprint(d[(1, 2)], {1: "a", True: "b"})\ntry:\n    d[(2, 1)]\nexcept KeyError as e:\n    print("KeyError", e)\n`, stdout: "pair {1: 'b'}\nKeyError (2, 1)\n" },
      js: { code: `const d = new Map([[[1, 2], "pair"]]);\nconsole.log(d.get([1, 2]), new Map([[1, "a"], [true, "b"]]).size);\n`, stdout: "undefined 2\n" },
    },
    {
      says: "a Python set holds equal tuples once; a JS Set keeps every array",
      python: { code: `s = {(1, 2), (1, 2)}\ns.add((1, 2))\nprint(len(s), (1, 2) in s)\n`, stdout: "1 True\n" },
      js: { code: `const s = new Set([[1, 2], [1, 2]]);\ns.add([1, 2]);\nconsole.log(s.size, s.has([1, 2]));\n`, stdout: "3 false\n" },
    },
  ],
  truthiness: [
    {
      says: "empty containers are false in Python and true in JS; NaN is true in Python and false in JS",
      python: { code: `print(bool([]), bool({}), bool(""), bool(float("nan")))\n`, stdout: "False False False True\n" },
      js: { code: `console.log(Boolean([]), Boolean({}), Boolean(""), Boolean(NaN));\n`, stdout: "true true false false\n" },
    },
  ],
  equality: [
    {
      says: "Python == compares contents; === compares identity for arrays",
      python: { code: `print([1, 2] == [1, 2], {"a": 1} == {"a": 1})\n`, stdout: "True True\n" },
      js: { code: `console.log([1, 2] === [1, 2], new Map([["a", 1]]) === new Map([["a", 1]]));\n`, stdout: "false false\n" },
    },
  ],
  exceptions: [
    {
      says: "except ValueError catches by class; a JS catch catches everything and tests instanceof",
      python: { code: `try:\n    int("x")\nexcept ValueError as e:\n    print(type(e).__name__, e)\n`, stdout: "ValueError invalid literal for int() with base 10: 'x'\n" },
      js: { code: `try { null.x; } catch (e) { console.log(e instanceof TypeError, e.constructor.name); }\n`, stdout: "true TypeError\n" },
    },
  ],
  forElse: [
    {
      says: "a loop's else runs when no break left it; a labelled block's break skips what follows the loop",
      python: { code: `for x in [1, 2]:\n    pass\nelse:\n    print("no break")\nfor x in [1, 2]:\n    break\nelse:\n    print("not printed")\n`, stdout: "no break\n" },
      js: { code: `done: { for (const x of [1, 2]) { if (x === 1) break done; } console.log("not printed"); }\nconsole.log("after");\n`, stdout: "after\n" },
    },
  ],
  tryElse: [
    {
      says: "try's else runs only when the body raised nothing, and its errors are not caught by the except clauses",
      python: { code: `try:\n    try:\n        pass\n    except ValueError:\n        print("not here")\n    else:\n        raise ValueError("from else")\nexcept ValueError as e:\n    print("outer", e)\n`, stdout: "outer from else\n" },
      js: { code: `let ok = false;\ntry { ok = true; } catch { console.log("not here"); }\nif (ok) console.log("else part");\n`, stdout: "else part\n" },
    },
  ],
  rangeLoop: [
    {
      says: "writing the counter in the body: Python rebinds it from the range, a JS for continues from the written value",
      python: { code: `for i in range(3):\n    i += 10\n    print(i)\nn = 2\nfor i in range(n):\n    n += 1\nprint(i, n)\n`, stdout: "10\n11\n12\n1 4\n" },
      js: { code: `for (let i = 0; i < 3; i++) { i += 10; console.log(i); }\nlet n = 2, last = 0;\nfor (let i = 0; i < n && i < 5; i++) { n += 1; last = i; }\nconsole.log(last, n);\n`, stdout: "10\n4 7\n" },
    },
  ],
  selfThis: [
    {
      says: "methods get the instance as self in Python, as this in TypeScript; __str__ is what print shows",
      python: { code: `class P:\n    def __init__(self, x):\n        self.x = x\n    def __str__(self):\n        return f"P({self.x})"\nprint(P(1))\n`, stdout: "P(1)\n" },
      js: { code: `class P { constructor(x) { this.x = x; } toString() { return \`P(\${this.x})\`; } }\nconsole.log(String(new P(1)));\n`, stdout: "P(1)\n" },
    },
  ],
  percentFormat: [
    {
      says: "Python's `%` on a str formats its values; JavaScript's `%` is only a remainder, so on a string it gives NaN",
      python: { code: `name = "job"\nt = 1.5\nprint("%s took %.2f s, %d%%" % (name, t, 7.9))\n`, stdout: "job took 1.50 s, 7%\n" },
      js: { code: `const name = "job";\nconst t = 1.5;\nconsole.log("%s took" % 2, \`\${name} took \${t.toFixed(2)} s, \${Math.trunc(7.9)}%\`);\n`, stdout: "NaN job took 1.50 s, 7%\n" },
    },
  ],
  fString: [
    {
      says: "f-strings format floats, bools and None the Python way; template literals the JS way",
      python: { code: `x = 4.0\nprint(f"{x} {True} {None} {[1]} {3.14159:.2f}")\n`, stdout: "4.0 True None [1] 3.14\n" },
      js: { code: `const x = 4.0;\nconsole.log(\`\${x} \${true} \${null} \${[1]} \${(3.14159).toFixed(2)}\`);\n`, stdout: "4 true null 1 3.14\n" },
    },
  ],
  annotations: [
    {
      says: "Python does not check annotations at run time; TypeScript checks types at compile time",
      python: { code: `x: list[int] = []\nx.append("text")\ny: int = "not an int"\nprint(x, y)\n`, stdout: "['text'] not an int\n" },
      tsc: { code: `const x: number[] = [];\nx.push("text");\nexport { x };\n`, errors: [2345] },
    },
  ],
  mainGuard: [
    {
      says: "the file run is __main__",
      python: { code: `print(__name__)\n`, stdout: "__main__\n" },
      js: { code: `console.log(import.meta.url.startsWith("file:"));\n`, stdout: "true\n" },
    },
  ],
} satisfies Record<string, Claims>;
