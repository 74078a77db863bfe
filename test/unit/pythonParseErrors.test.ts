/**
 * Parse errors, acorn "testFail" style: each invalid snippet must give, as its first error, the
 * code at line:column with CPython 3.11's message. Expectations were taken from CPython
 * (`compile(src, "<s>", "exec")`); where our position or wording differs, CPython's is noted.
 * Every snippet must parse without throwing; valid snippets must give no diagnostics at all.
 */
import * as assert from "node:assert/strict";
import { LineMap } from "../../src/core/lineMap";
import { createPythonParser, type ParseResult, type PythonParser } from "../../src/python/parser";

const invalid: readonly (readonly [source: string, expected: string])[] = [
  ["if x\n    pass\n", "1:5 PY1001 expected ':'"],
  ["while True\n    pass\n", "1:11 PY1001 expected ':'"],
  ["def f()\n    pass\n", "1:8 PY1001 expected ':'"],
  ["class A\n    pass\n", "1:8 PY1001 expected ':'"],
  ["for x in y\n    pass\n", "1:11 PY1001 expected ':'"],
  ["x = 1\n    y = 2\n", "2:4 PY1002 unexpected indent"],
  ["if x:\npass\n", "2:1 PY1003 expected an indented block after 'if' statement on line 1"],
  ["def f():\nreturn 1\n", "2:1 PY1003 expected an indented block after function definition on line 1"],
  ["if x:\n        a = 1\n    b = 2\n", "3:10 PY1004 unindent does not match any outer indentation level"],
  ["x = (1, 2\n", "1:5 PY1005 '(' was never closed"],
  ["x = [1, 2\ny = 3\n", "1:5 PY1005 '[' was never closed"],
  ["x = 1)\n", "1:6 PY1006 unmatched ')'"],
  ["x = (1, 2]\n", "1:10 PY1006 closing parenthesis ']' does not match opening parenthesis '('"],
  ["x = 'abc\n", "1:5 PY1007 unterminated string literal (detected at line 1)"],
  ["x = 1\ny = \"abc\n", "2:5 PY1007 unterminated string literal (detected at line 2)"],
  ["x = '''abc\n\n", "1:5 PY1007 unterminated triple-quoted string literal (detected at line 2)"],
  ["await x\n", "1:1 PY1009 'await' outside function"],
  ["def f():\n    await x\n", "2:5 PY1009 'await' outside async function"],
  ["async def f():\n    yield 1\n    return 2\n", "3:5 PY1010 'return' with value in async generator"],
  ["return 1\n", "1:1 PY1011 'return' outside function"],
  ["yield 1\n", "1:1 PY1014 'yield' outside function"],
  ["break\n", "1:1 PY1012 'break' outside loop"],
  ["continue\n", "1:1 PY1013 'continue' not properly in loop"],
  ["def f():\n    break\n", "2:5 PY1012 'break' outside loop"],
  ["f() = 1\n", "1:1 PY1008 cannot assign to function call here. Maybe you meant '==' instead of '='?"],
  ["1 = x\n", "1:1 PY1008 cannot assign to literal here. Maybe you meant '==' instead of '='?"],
  ["f() += 1\n", "1:1 PY1008 'function call' is an illegal expression for augmented assignment"],
  ["del f()\n", "1:5 PY1008 cannot delete function call"],
  ["for f() in x: pass\n", "1:5 PY1008 cannot assign to function call"],
  ["def f(a, a): pass\n", "1:10 PY1017 duplicate argument 'a' in function definition"],
  ["def f(a=1, b): pass\n", "1:12 PY1018 non-default argument follows default argument"],
  ["f(a=1, b)\n", "1:8 PY1019 positional argument follows keyword argument"], // CPython: 1:9 positional argument follows keyword argument
  ["f(**k, b)\n", "1:8 PY1019 positional argument follows keyword argument unpacking"], // CPython: 1:9 positional argument follows keyword argument unpacking
  ["f(a=1, a=2)\n", "1:8 PY1024 keyword argument repeated: a"],
  ["nonlocal x\n", "1:1 PY1021 nonlocal declaration not allowed at module level"],
  ["def f():\n    x = 1\n    def g():\n        async for a in b: pass\n", "4:9 PY1020 'async for' outside async function"],
  ["async def f():\n    pass\nasync with a: pass\n", "3:1 PY1020 'async with' outside async function"],
  ["x = 1abc\n", "1:5 PY1022 invalid decimal literal"],
  ["x = 0777\n", "1:5 PY1022 leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"],
  ["x = 0x\n", "1:5 PY1022 invalid hexadecimal literal"], // CPython: 1:6 invalid hexadecimal literal
  ["x = a $ b\n", "1:7 PY1000 invalid syntax"],
  ["x = a € b\n", "1:7 PY1016 invalid character '€' (U+20AC)"],
  ["print 'hello'\n", "1:1 PY1000 Missing parentheses in call to 'print'. Did you mean print(...)?"],
  ["x = *a\n", "1:5 PY1025 can't use starred expression here"],
  ["*a = 1\n", "1:1 PY1025 starred assignment target must be in a list or tuple"],
  ["a, *b, *c = d\n", "1:1 PY1025 multiple starred expressions in assignment"],
  ["x = [i for i in range(3)\n", "1:5 PY1005 '[' was never closed"],
  ["x = f'{a!x}'\n", "1:9 PY1023 f-string: invalid conversion character: expected 's', 'r', or 'a'"], // CPython: 1:13 f-string: invalid conversion character: expected 's', 'r', or 'a'
  // 3.12 allows the string's own quote inside an f-string; 3.11 ends the string there.
  ['x=f"{p["n"]}"\n', "1:9 PY1023 f-string: unmatched '['"],
  ['x=f"{p}{q["n"]}"\n', "1:12 PY1023 f-string: unmatched '['"],
  ['x=f"{ "n"}"\n', "1:8 PY1023 f-string: expecting '}'"],
  ['x=f"{a!r:{b["c"]}}"\n', "1:14 PY1023 f-string: unmatched '['"],
  ["x = f'{}'\n", "1:8 PY1000 invalid syntax"], // CPython: 1:10 f-string: empty expression not allowed
  ["class A:\n    return 1\n", "2:5 PY1011 'return' outside function"],
  ["def f():\n    class A:\n        await x\n", "3:9 PY1009 'await' outside function"],
  ["x = 1 +\n", "1:8 PY1000 invalid syntax"],
  ["import\n", "1:7 PY1000 invalid syntax"],
  ["from x import\n", "1:14 PY1000 invalid syntax"],
  ["x = 'a' b'b'\n", "1:5 PY1026 cannot mix bytes and nonbytes literals"], // CPython: 1:13 cannot mix bytes and nonbytes literals
  ["x = b'é'\n", "1:5 PY1026 bytes can only contain ASCII literal characters"],
  ["if x:\n\tif y:\n        pass\n", "3:1 PY1015 inconsistent use of tabs and spaces in indentation"],
  ["def f(*): pass\n", "1:7 PY1018 named arguments must follow bare *"],
  ["def f(a, /, b, /): pass\n", "1:16 PY1018 / may appear only once"],
  ["try:\n    pass\n", "2:9 PY1000 expected 'except' or 'finally' block"],
  ["try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass\n", "3:1 PY1000 default 'except:' must be last"],
  ["x = yield = 1\n", "1:11 PY1000 invalid syntax"], // CPython: 1:5 assignment to yield expression not possible
  ["a + 1 = 2\n", "1:1 PY1008 cannot assign to expression here. Maybe you meant '==' instead of '='?"],
  ["(a, b) += 1\n", "1:1 PY1008 'tuple' is an illegal expression for augmented assignment"],
  ["x = '\\x4'\n", "1:6 PY1026 (unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape"], // CPython: 1:10 (unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \xXX escape
  ["else:\n    pass\n", "1:1 PY1000 invalid syntax"],
  ["x = 5 if y\n", "1:5 PY1000 expected 'else' after 'if' expression"],
  ["with open(f) as g()\n    pass\n", "1:20 PY1001 expected ':'"], // CPython: 1:20 invalid syntax
  ["x = {1: 2, 3}\n", "1:13 PY1000 invalid syntax"], // CPython: 1:12 ':' expected after dictionary key
  ["a.b = 1 = 2\n", "1:7 PY1008 cannot assign to literal here. Maybe you meant '==' instead of '='?"], // CPython: 1:7 cannot assign to literal
  ["True = 1\n", "1:1 PY1008 cannot assign to True"],
  ["__debug__ = 1\n", "1:1 PY1008 cannot assign to __debug__"],
  ["x = (yield from y)\n", "1:6 PY1014 'yield' outside function"],
  ["async def f():\n    yield from x\n", "2:5 PY1014 'yield from' inside async function"],
  ["def f():\n    x = [(yield 1) for y in z]\n", "2:11 PY1014 'yield' inside list comprehension"],
  ["[await x for x in y]\n", "1:1 PY1009 asynchronous comprehension outside of an asynchronous function"],
  ["async def f():\n    def g():\n        await x\n", "3:9 PY1009 'await' outside async function"],
  ["x = 1 if True else\n", "1:19 PY1000 invalid syntax"],
  ["def f(**k, a): pass\n", "1:12 PY1018 arguments cannot follow var-keyword argument"],
  ["import a.b as\n", "1:14 PY1000 invalid syntax"],
  ["if x:\n    pass\n  else:\n    pass\n", "3:8 PY1004 unindent does not match any outer indentation level"],
  ["x = \\ 1\n", "1:6 PY1000 unexpected character after line continuation character"],
  ["match x:\n    case 1:\n    pass\n", "3:5 PY1003 expected an indented block after 'case' statement on line 2"],
  ["x = 1e\n", "1:5 PY1022 invalid decimal literal"],
  ["x = 1_\n", "1:5 PY1022 invalid decimal literal"], // CPython: 1:6 invalid decimal literal
  ["x := 1\n", "1:3 PY1000 invalid syntax"],
  ["x = y := 1\n", "1:7 PY1000 invalid syntax"],
  ["await = 1\n", "1:7 PY1000 invalid syntax"],
  ["async = 2\n", "1:7 PY1000 invalid syntax"],
  ["try:\n    pass\nexcept ValueError:\n    pass\nexcept* TypeError:\n    pass\n", "5:1 PY1000 cannot have both 'except' and 'except*' on the same 'try'"],
  ["def f():\n    x = 1\n    global x\n", "3:5 PY1021 name 'x' is assigned to before global declaration"],
  ["x = 1\nglobal x\n", "2:1 PY1021 name 'x' is assigned to before global declaration"],
  ["def f(x):\n    global x\n", "2:5 PY1021 name 'x' is parameter and global"],
  ["def f():\n    print(x)\n    global x\n", "3:5 PY1021 name 'x' is used prior to global declaration"],
  ["def f():\n    x: int\n    global x\n", "3:5 PY1021 annotated name 'x' can't be global"],
  ["def g():\n    def f(): pass\n    nonlocal f\n", "3:5 PY1021 name 'f' is assigned to before nonlocal declaration"],
  ["print('\\N{NOT A NAME}')\n", "1:8 PY1026 (unicode error) 'unicodeescape' codec can't decode bytes in position 0-13: unknown Unicode character name (or one asyncio-ts does not bundle)"], // CPython: 1:24, without the parenthesis
  [nested(21, "for x in y:"), "21:21 PY1099 too many statically nested blocks"],
  [nested(21, "try:", "finally:"), "21:21 PY1099 too many statically nested blocks"],
  ["with a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t, u:\n  pass\n", "1:1 PY1099 too many statically nested blocks"],
  [nested(100, "if x:"), "101:1 PY1099 too many levels of indentation"],
  [nested(520, "if x:"), "101:1 PY1099 too many levels of indentation"],
];

/** `depth` headers, each indented one space more than the last, around `pass` (and their closing clauses). */
function nested(depth: number, header: string, closing?: string): string {
  let text = "";
  for (let i = 0; i < depth; i++) text += `${" ".repeat(i)}${header}\n`;
  text += `${" ".repeat(depth)}pass\n`;
  if (closing) for (let i = depth - 1; i >= 0; i--) text += `${" ".repeat(i)}${closing}\n${" ".repeat(i + 1)}pass\n`;
  return text;
}

const valid: readonly string[] = [
  "async def main():\n    await asyncio.sleep(1)\n    return 1\n",
  "async def f():\n    return [await x for x in xs]\n",
  "async def f():\n    return [x async for x in aiter()]\n",
  "async def f():\n    async with lock:\n        async for item in queue:\n            yield item\n",
  "async def f():\n    results = await asyncio.gather(*(work(i) for i in range(3)), return_exceptions=True)\n",
  "def outer():\n    x = 1\n    def inner():\n        nonlocal x\n        x += 1\n    return inner\n",
  "f = lambda a, *b, c=1, **d: (a, b, c, d)\n",
  "if (n := len(xs)) > 3:\n    print(n)\n",
  "match cmd:\n    case [\"go\", direction] if direction:\n        pass\n    case {\"x\": 1, **rest}:\n        pass\n    case Point(x=0, y=0) | None:\n        pass\n    case _:\n        pass\n",
  "@decorator\n@other(1)\nclass A(Base, metaclass=Meta):\n    @property\n    def x(self) -> int:\n        return 1\n",
  "first, *rest = items\n[a, *b] = c\nprint(*args, **kwargs)\n",
  "x = f\"{a!r:>{width}} {b=} {'nested'} {c:%H:%M}\"\n",
  "x = f'{\"quoted\"}' f\"{x:{'>'}10}\"\n",
  "x = f'{a[\"x\"]}' f\"\"\"{a[\"x\"]}\"\"\" f\"{a['#']}\"\n",
  "for i in range(3):\n    if i:\n        continue\n    break\nelse:\n    pass\n",
  "while True:\n    try:\n        break\n    finally:\n        pass\n",
  "try:\n    pass\nexcept* ValueError as e:\n    pass\n",
  "with (open(a) as f, open(b) as g):\n    pass\n",
  "def f(a, /, b, *, c, **kw):\n    yield from g()\n",
  "x = 0x_ff + 0o17 + 0b1 + 1_000 + 1.5e-3 + 2j + .5 + 1. + 0777j\n",
  "print(1if x else 2)\n",
  "s = r'\\d+' + b'\\x00' + u'caf\u00e9' + '\\N{EM DASH}'\n",
  "class C:\n    x: int = 1\n    def m(self): return [y for y in range(3) if y]\n",
  "def g():\n    x = yield\n    return x\n",
  "type(x).attr = v\n",
  "print >> sys.stderr, 'message'\n",
  "x = 1\r\nif x:\r\n    y = '''a\r\nb'''\r\n",
  "\ufeffx = 1\n",
  "global_var = 1\ndef f():\n    global global_var\n    global_var = 2\n",
  "async def f():\n    return (await x for x in y)\n",
  "x = [*a, *b]\ny = {**a, 'k': 1}\nz = a[1:2, ::3]\n",
  "class I(*Ts): pass\ndef f(*args: *Ts): pass\n",
  "x = 1.5e100.__format__('e') + 0x1 .real\n",
  "d = {}\nd[1, *[2, 3]] = 'x'\nprint(d[1, *[2, 3]], d[2, *(3,)])\n",
  "x = (y := 1)\n(z := 2)\nf(w := 3)\n",
  "def f():\n    global x\n    x = 1\n",
  "import os\ndef f():\n    import os\n    global os\n",
  "x = 1\rif x:\r    print(x)\r",
  nested(20, "for x in y:"),
  "with a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t:\n  pass\n",
  nested(99, "if x:"),
];

function firstError(source: string, result: ParseResult): string {
  const d = result.diagnostics.find((x) => x.severity === "error");
  return d ? `${new LineMap(source).format(d.span.start)} ${d.code} ${d.message}` : "no error";
}

describe("Python parse errors", () => {
  let parser: PythonParser;
  before(async () => {
    parser = await createPythonParser();
  });

  describe("invalid snippets give CPython's first error", () => {
    for (const [source, expected] of invalid) {
      it(JSON.stringify(source), () => {
        const result = parser.parse(source);
        assert.equal(firstError(source, result), expected);
        for (const d of result.diagnostics) {
          assert.ok(d.span.start >= 0 && d.span.end <= source.length && d.span.start <= d.span.end, "span inside the input");
        }
      });
    }
  });

  describe("valid snippets give no diagnostics", () => {
    for (const source of valid) {
      it(JSON.stringify(source), () => {
        const result = parser.parse(source);
        assert.deepEqual(result.diagnostics.map((d) => `${new LineMap(source).format(d.span.start)} ${d.code} ${d.message}`), []);
      });
    }
  });

  describe("never throws", () => {
    const hostile: readonly (readonly [string, string])[] = [
      ["empty", ""],
      ["NUL bytes", "x = 1\0\0\n"],
      ["random bytes", Array.from({ length: 2000 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join("")],
      ["lone surrogates", "x = '\ud800'\n\udc00"],
      ["10k nested parentheses", "x = " + "(".repeat(10000) + ")".repeat(10000)],
      ["10k nested lists", "[".repeat(10000)],
      ["3k nested blocks", Array.from({ length: 3000 }, (_, i) => " ".repeat(i) + "if x:").join("\n")],
      ["unterminated everything", "def f(:\n  '''\n"],
    ];
    for (const [name, source] of hostile) {
      it(name, () => {
        const result = parser.parse(source);
        assert.equal(result.module.kind, "Module");
        for (const d of result.diagnostics) assert.ok(d.span.start >= 0 && d.span.end <= source.length);
      });
    }

    it("keeps the statements that parsed when others did not", () => {
      const result = parser.parse("a = 1\nb = (\nc = 3\n");
      assert.ok(result.diagnostics.length > 0);
      assert.equal(result.module.body[0]?.kind, "Assign");
    });

    it("reports a clean error for deep nesting", () => {
      const source = "x = " + "(".repeat(300) + ")".repeat(300);
      assert.equal(firstError(source, parser.parse(source)), "1:205 PY1099 too many nested parentheses");
    });
  });
});
