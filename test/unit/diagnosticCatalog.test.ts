/**
 * One program per diagnostic code, each asserting the whole first diagnostic of that code (line:column,
 * code, message). The table must name every code of the catalog: a code added, renamed or no longer
 * produced fails here. (The parse error table in pythonParseErrors.test.ts checks CPython's wording.)
 */
import assert from "node:assert/strict";
import { DiagnosticCodes, informationCodes, type DiagnosticCode } from "../../src/core/diagnostics";
import { LineMap } from "../../src/core/lineMap";
import { translatePlain } from "../../src/plain/index";
import { translate } from "../../src/pipeline";
import { decodePythonSource } from "../../src/python/sourceText";

const examples: Readonly<Record<DiagnosticCode, readonly [source: string, expected: string]>> = {
  PY1000: ["x = a $ b\n", "1:7 PY1000 invalid syntax"],
  PY1001: ["if x\n    pass\n", "1:5 PY1001 expected ':'"],
  PY1002: ["x = 1\n    y = 2\n", "2:4 PY1002 unexpected indent"],
  PY1003: ["if x:\npass\n", "2:1 PY1003 expected an indented block after 'if' statement on line 1"],
  PY1004: ["if x:\n        a = 1\n    b = 2\n", "3:10 PY1004 unindent does not match any outer indentation level"],
  PY1005: ["x = (1, 2\n", "1:5 PY1005 '(' was never closed"],
  PY1006: ["x = 1)\n", "1:6 PY1006 unmatched ')'"],
  PY1007: ["x = 'abc\n", "1:5 PY1007 unterminated string literal (detected at line 1)"],
  PY1008: ["f() = 1\n", "1:1 PY1008 cannot assign to function call here. Maybe you meant '==' instead of '='?"],
  PY1009: ["await x\n", "1:1 PY1009 'await' outside function"],
  PY1010: ["async def f():\n    yield 1\n    return 2\n", "3:5 PY1010 'return' with value in async generator"],
  PY1011: ["return 1\n", "1:1 PY1011 'return' outside function"],
  PY1012: ["break\n", "1:1 PY1012 'break' outside loop"],
  PY1013: ["continue\n", "1:1 PY1013 'continue' not properly in loop"],
  PY1014: ["yield 1\n", "1:1 PY1014 'yield' outside function"],
  PY1015: ["if x:\n\tif y:\n        pass\n", "3:1 PY1015 inconsistent use of tabs and spaces in indentation"],
  PY1016: ["x = a \u20ac b\n", "1:7 PY1016 invalid character '\u20ac' (U+20AC)"],
  PY1017: ["def f(a, a): pass\n", "1:10 PY1017 duplicate argument 'a' in function definition"],
  PY1018: ["def f(a=1, b): pass\n", "1:12 PY1018 non-default argument follows default argument"],
  PY1019: ["f(a=1, b)\n", "1:8 PY1019 positional argument follows keyword argument"],
  PY1020: ["async def f():\n    pass\nasync with a: pass\n", "3:1 PY1020 'async with' outside async function"],
  PY1021: ["def f():\n    x = 1\n    global x\n", "3:5 PY1021 name 'x' is assigned to before global declaration"],
  PY1022: ["x = 0777\n", "1:5 PY1022 leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"],
  PY1023: ["x = f'{a!x}'\n", "1:9 PY1023 f-string: invalid conversion character: expected 's', 'r', or 'a'"],
  PY1024: ["f(a=1, a=2)\n", "1:8 PY1024 keyword argument repeated: a"],
  PY1025: ["x = *a\n", "1:5 PY1025 can't use starred expression here"],
  PY1026: ["x = b'\u00e9'\n", "1:5 PY1026 bytes can only contain ASCII literal characters"],
  PY1027: ["print(1)\n\u00ff\n", "2:1 PY1027 Non-UTF-8 code starting with '\\xff' on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details"],
  PY1099: ["x = " + "(".repeat(300) + ")".repeat(300), "1:205 PY1099 too many nested parentheses"],
  TR2001: ["x = 1\nmatch x:\n    case 1:\n        pass\n", "2:1 TR2001 `match` statements are not supported yet"],
  TR2002: ["x = (1, 2)[0]\ny = x @ x\n", "2:5 TR2002 the `@` operator is not supported"],
  TR2003: ["import asyncio\nasyncio.get_event_loop_policy()\n", "2:1 TR2003 asyncio.get_event_loop_policy is not supported"],
  TR2004: ["with open('f') as f:\n    pass\n", "1:6 TR2004 `with` on `open('f')` is not supported (only classes with __enter__/__exit__, and contextlib.suppress)"],
  TR2005: ["print(frozenset([1]))\n", "1:7 TR2005 the builtin `frozenset()` is not supported (or `frozenset` is not defined)"],
  TR2006: ["print(sorted([1], foo=1))\n", "1:19 TR2006 keyword argument `foo` of sorted() is not supported"],
  TR2007: ["class A(int, str):\n    pass\n", "1:1 TR2007 multiple inheritance and class keywords are not supported"],
  TR2008: ["import contextlib\ncontextlib.ExitStack()\n", "2:1 TR2008 `contextlib.ExitStack` is not supported (only `asynccontextmanager`, `AsyncExitStack`, `aclosing` and `suppress`)"],
  PT4001: ["import asyncio\nasync def main():\n    async with asyncio.TaskGroup() as tg:\n        pass\nasyncio.run(main())\n", "3:5 PT4001 `async with` calls __aexit__ with the block's exception, and a true result swallows it; TypeScript's `await using` calls `[Symbol.asyncDispose]()` without the error and cannot suppress it"],
  TR2009: ["import threading\n", "1:8 TR2009 the module `threading` cannot be translated: JavaScript's threads (Workers) share no objects, only the bytes of a SharedArrayBuffer: use a `worker_threads` Worker (Node) or a Web Worker, and await its messages"],
  TR3001: ["import asyncio\nasync def f():\n    pass\nf()\n", "4:1 TR3001 this coroutine is never awaited, so CPython never runs its body (and warns): nothing is translated for it (in TypeScript, where the call would run at once, the lint rule @typescript-eslint/no-floating-promises reports it)"],
  TR3002: ["def f(x):\n    print(x)\nf(1)\nf(2.5)\n", "2:11 TR3002 this value may be an int or a float: a float with an integral value (like 3.0) would print as an int (3) here"],
  TR3003: ["print(undefined_name)\n", "1:7 TR3003 name 'undefined_name' is not defined (or is a builtin that cannot be used as a value here)"],
  TR3005: ["import asyncio\nasync def unused(lock):\n    async with lock:\n        print('x')\nprint('ok')\n", "2:1 TR3005 `unused` is never called and is left out, which changes no output: nothing gives `lock` a type, and `async with` on a value of type never is not supported (line 3)"],
  TR3004: ["fs = [1.0]\nys = [fs, 'a', None, 2, ([2.0],)]\n", "2:7 TR3004 this value goes where its type is not known: a float or tuple inside it may print as an int or a list"],
};

describe("diagnostic catalog: every code has a program that produces it, with its whole message", function () {
  this.timeout(60_000);

  it("the table names exactly the catalog's codes", () => {
    assert.deepEqual(Object.keys(examples).sort(), Object.keys(DiagnosticCodes).sort());
  });

  for (const [code, [source, expected]] of Object.entries(examples) as [DiagnosticCode, readonly [string, string]][]) {
    it(code, async () => {
      // PY1027 is about bytes: the example's text is written out as Latin-1 to get the byte 0xFF.
      const decoded = code === "PY1027" ? decodePythonSource(Buffer.from(source, "latin1")) : { text: source, error: undefined };
      // PT codes are the plain-TypeScript view's refusals (src/plain), not the exact translation's diagnostics.
      const diagnostics = decoded.error ? [decoded.error] : code.startsWith("PT") ? (await translatePlain(decoded.text)).refusals : (await translate(decoded.text)).diagnostics;
      const found = diagnostics.find((d) => d.code === code);
      assert.ok(found, `no ${code} among ${JSON.stringify(diagnostics.map((d) => d.code))}`);
      assert.equal(`${new LineMap(decoded.text).format(found.span.start)} ${found.code} ${found.message}`, expected);
      assert.equal(found.severity, informationCodes.has(code) ? "info" : code.startsWith("TR3") ? "warning" : "error");
    });
  }
});
