/**
 * Source bytes as CPython reads them (PEP 263) and the input size cap, through the CLI as a user runs
 * it: every class asserts the exact message, the exit status and the output. Expected outputs and
 * error lines were checked against `python3 FILE.py` (3.11); where our wording differs it is noted.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { decodePythonSource, firstInvalidUtf8 } from "../../src/python/sourceText";

const cli = path.join(__dirname, "..", "..", "dist", "cli.js");

function runCli(args: string[], input?: Buffer) {
  const r = spawnSync(process.execPath, [cli, ...args], { input, timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
  return { stdout: r.stdout.toString("utf8"), stderr: r.stderr.toString("utf8"), code: r.status };
}

const bytes = (...parts: (string | number[])[]): Buffer =>
  Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "utf8") : Buffer.from(p))));

/** [class, input bytes, stdout, stderr, exit status] */
const cases: readonly (readonly [string, Buffer, string, string, number])[] = [
  ["UTF-8 by default", bytes('print("caf\u00e9")\n'), "caf\u00e9\n", "", 0],
  ["a UTF-8 BOM is accepted", bytes([0xef, 0xbb, 0xbf], "print(1)\n"), "1\n", "", 0],
  ["lone CR line endings are line breaks", bytes("x = 1\rif x:\r    print(x)\r"), "1\n", "", 0],
  ["CRLF line endings", bytes("x = 1\r\nprint(x)\r\n"), "1\n", "", 0],
  ["a latin-1 declaration is honoured", bytes("# -*- coding: latin-1 -*-\nprint('", [0xe9, 0x80], "')\n"), "\u00e9\u0080\n", "", 0],
  ["the declaration may be on line 2 after a comment", bytes("#!/usr/bin/env python3\n# vim: set fileencoding=iso-8859-1 :\nprint('", [0xe9], "')\n"), "\u00e9\n", "", 0],
  ["cp1252 maps 0x80 to the euro sign", bytes("# coding: cp1252\nprint('", [0x80], "')\n"), "\u20ac\n", "", 0],
  // CPython: "... in file <stdin> on line 2, ..."; we name the file in front, as for every diagnostic.
  ["invalid UTF-8 is a SyntaxError with its line", bytes("print(1)\nx = '", [0xff], "'\n"), "",
    "<stdin>:2:6: error PY1027 Non-UTF-8 code starting with '\\xff' on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details\n", 2],
  ["a truncated sequence", bytes("print(1)\nx = '", [0xe2, 0x82], "'\n"), "",
    "<stdin>:2:6: error PY1027 Non-UTF-8 code starting with '\\xe2' on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details\n", 2],
  ["an encoded surrogate", bytes("x = '", [0xed, 0xa0, 0x80], "'\n"), "",
    "<stdin>:1:6: error PY1027 Non-UTF-8 code starting with '\\xed' on line 1, but no encoding declared; see https://peps.python.org/pep-0263/ for details\n", 2],
  ["a declaration on line 3 does not count", bytes("\n\n# coding: latin-1\nprint('", [0xe9], "')\n"), "",
    "<stdin>:4:8: error PY1027 Non-UTF-8 code starting with '\\xe9' on line 4, but no encoding declared; see https://peps.python.org/pep-0263/ for details\n", 2],
  ["an unknown coding", bytes("# coding: no-such-codec\nprint(1)\n"), "", "<stdin>:1:1: error PY1027 encoding problem: no-such-codec\n", 2],
  ["a BOM with another coding", bytes([0xef, 0xbb, 0xbf], "# coding: latin-1\nprint(1)\n"), "", "<stdin>:1:1: error PY1027 encoding problem: iso-8859-1 with BOM\n", 2],
  ["invalid bytes under a UTF-8 declaration", bytes("# coding: utf-8\nx = 'ab", [0xff], "'\n"), "",
    "<stdin>:2:8: error PY1027 (unicode error) 'utf-8' codec can't decode byte 0xff: invalid start byte\n", 2],
  ["NUL bytes", bytes("print(1)\0\n"), "", "<stdin>:1:9: error PY1000 source code cannot contain null bytes\n", 2],
];

describe("source input: encodings, line endings and size, through the CLI", function () {
  this.timeout(120_000);
  before(function () {
    if (!existsSync(cli)) throw new Error("dist/cli.js is missing: run `npm run build` first");
  });

  for (const [what, input, stdout, stderr, code] of cases) {
    it(what, () => {
      const r = runCli(["run", "-"], input);
      assert.deepEqual({ stdout: r.stdout, stderr: r.stderr, code: r.code }, { stdout, stderr, code });
    });
  }

  it("an input over the size cap stops with a message, whichever command reads it (translate /dev/zero)", function () {
    if (!existsSync("/dev/zero")) this.skip();
    for (const command of ["translate", "run", "compare"]) {
      const r = runCli([command, "/dev/zero"]);
      assert.deepEqual({ stderr: r.stderr, code: r.code }, { stderr: "asyncio-ts: /dev/zero is larger than 4194304 bytes, the most asyncio-ts translates\n", code: 2 });
    }
  });

  it("a huge standard input stops at the cap too", () => {
    const r = runCli(["translate", "-"], Buffer.alloc(5 * 1024 * 1024, 0x20));
    assert.deepEqual({ stderr: r.stderr, code: r.code }, { stderr: "asyncio-ts: <stdin> is larger than 4194304 bytes, the most asyncio-ts translates\n", code: 2 });
  });
});

describe("decodePythonSource", () => {
  it("finds the first invalid UTF-8 sequence, overlong forms and surrogates included", () => {
    const at = (...b: number[]): number => firstInvalidUtf8(Uint8Array.from(b));
    assert.equal(at(0x61, 0xc3, 0xa9, 0x62), -1);
    assert.equal(at(0xf0, 0x9f, 0x98, 0x80), -1);
    assert.equal(at(0x61, 0xc0, 0xaf), 1); // overlong '/'
    assert.equal(at(0xe0, 0x80, 0xaf), 0); // overlong
    assert.equal(at(0xed, 0xa0, 0x80), 0); // surrogate
    assert.equal(at(0xf4, 0x90, 0x80, 0x80), 0); // above U+10FFFF
    assert.equal(at(0x61, 0x62, 0xe2, 0x82), 2); // truncated at the end
    assert.equal(at(0x80), 0); // continuation byte alone
  });

  it("keeps the text before a bad byte exact, so its position is right", () => {
    const r = decodePythonSource(Buffer.from([0x61, 0x0a, 0x62, 0xff]));
    assert.equal(r.text.slice(0, 3), "a\nb");
    assert.equal(r.error?.span.start, 3);
    assert.equal(r.error?.code, "PY1027");
  });

  it("strips the BOM and reads Latin-1 byte for byte (not as windows-1252)", () => {
    assert.deepEqual(decodePythonSource(Buffer.from([0xef, 0xbb, 0xbf, 0x78])), { text: "x" });
    const latin = decodePythonSource(Buffer.concat([Buffer.from("# coding: latin1\n"), Buffer.from([0x80, 0x9f, 0xff])]));
    assert.equal(latin.text, "# coding: latin1\n\u0080\u009f\u00ff");
  });
});
