/**
 * Validates the parser adapter against CPython: for a fixed sample of the standard library (all
 * of asyncio/ and some forty diverse modules), our AST must dump exactly as CPython's `ast.dump`
 * does (scripts/astCompare.ts; the whole library is compared by scripts/compare-stdlib-ast.ts).
 */
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { compareWithCpython, cpythonDumps, pythonFiles, stdlibDir, type CpythonDump } from "../../scripts/astCompare";
import { createPythonParser, type PythonParser } from "../../src/python/parser";

const sample = [
  "dataclasses.py", "textwrap.py", "string.py", "fractions.py", "enum.py", "typing.py", "json/decoder.py",
  "functools.py", "re/_parser.py", "statistics.py", "argparse.py", "contextlib.py", "inspect.py", "ast.py",
  "collections/__init__.py", "decimal.py", "_pydecimal.py", "datetime.py", "pathlib.py", "subprocess.py",
  "threading.py", "concurrent/futures/_base.py", "concurrent/futures/thread.py", "tokenize.py", "pprint.py",
  "difflib.py", "heapq.py", "bisect.py", "copy.py", "operator.py", "shlex.py", "csv.py", "email/message.py",
  "http/client.py", "urllib/parse.py", "logging/__init__.py", "unittest/case.py", "importlib/metadata/__init__.py",
  "tomllib/_parser.py", "zoneinfo/_zoneinfo.py", "test/test_fstring.py", "test/test_patma.py", "test/test_grammar.py",
];

describe("Python AST matches CPython's ast.dump", function () {
  this.timeout(300_000);
  let parser: PythonParser;
  let dumps: CpythonDump[] = [];
  const stdlib = stdlibDir();
  const files = [
    ...pythonFiles(path.join(stdlib, "asyncio")),
    ...sample.map((f) => path.join(stdlib, f)).filter((f) => fs.existsSync(f)),
  ];

  before(async () => {
    parser = await createPythonParser();
    dumps = cpythonDumps(files);
  });

  it("covers asyncio/ and the sample", () => {
    assert.ok(files.length >= 70, `only ${files.length} files found under ${stdlib}`);
    assert.equal(dumps.length, files.length);
  });

  for (const file of files) {
    it(path.relative(stdlib, file), () => {
      const expected = dumps.find((d) => d.path === file);
      assert.ok(expected?.dump !== undefined, `CPython could not parse ${file}: ${expected?.error ?? "no output"}`);
      const result = compareWithCpython(parser, expected);
      assert.ok(result.identical, `AST differs from CPython's:\n${result.difference}`);
      assert.deepEqual(result.falseErrors.map((d) => `${d.code} ${d.message}`), [], "diagnostics on a file CPython accepts");
    });
  }
});
