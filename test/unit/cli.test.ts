/** The CLI end to end, through the built bundle (dist/cli.js), as a user runs it. */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pythonExecutable } from "../../src/run/traceOrder";
import { STUCK_MESSAGE } from "../../src/run/prelude";
import { TIMEOUT_EXIT_CODE } from "../../src/run/verdict";

const root = path.join(__dirname, "..", "..");
const cli = path.join(root, "dist", "cli.js");
const seed = path.join(root, "..", "shared", "seed", "gather_return_values");
const fixtures = path.join(root, "test", "fixtures");

function runCli(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: "utf8", input, timeout: 60_000 });
  return { stdout: r.stdout, stderr: r.stderr, code: r.status };
}

/** An executable shell script standing in for an interpreter: `body` runs with the program on standard input. */
function fakePython(body: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), "asyncio-ts-python-"));
  const file = path.join(dir, "python");
  writeFileSync(file, `#!/bin/sh\n${body}\n`, { mode: 0o755 });
  return file;
}

describe("CLI (dist/cli.js)", function () {
  this.timeout(120_000);
  before(function () {
    if (!existsSync(cli)) throw new Error("dist/cli.js is missing: run `npm run build` first");
  });

  it("--help describes the three commands", () => {
    const r = runCli(["--help"]);
    assert.equal(r.code, 0);
    for (const word of ["translate", "run", "compare", "--real-time", "--python"]) assert.match(r.stdout, new RegExp(word));
  });

  it("stops quietly when the reader of its output goes away (`| head`)", () => {
    const r = spawnSync("bash", ["-c", `set -o pipefail; "${process.execPath}" "${cli}" translate --standalone "${seed}.py" | head -c 1 >/dev/null`], { encoding: "utf8", timeout: 60_000 });
    assert.equal(r.stderr, "");
    assert.ok(r.status === 141 || r.status === 0, `status ${r.status}`);
  });

  it("run prints exactly CPython's output of the seed lesson", () => {
    const r = runCli(["run", `${seed}.py`]);
    assert.equal(r.stderr, "");
    assert.equal(r.stdout, readFileSync(`${seed}.out`, "utf8"));
    assert.equal(r.code, 0);
  });

  it("run uses the virtual clock: an hour of sleep finishes inside the default time limit", () => {
    // Waiting for real, the 10 s time limit would stop the program before it printed "done".
    const program = "import asyncio\nasync def main():\n    await asyncio.sleep(3600)\n    print('done')\nasyncio.run(main())\n";
    const r = runCli(["run", "-"], program);
    assert.equal(r.stderr, "");
    assert.equal(r.stdout, "done\n");
    assert.equal(r.code, 0);
  });

  it("run ends a program whose tasks all wait for each other, where CPython waits forever, with a message and status 124", () => {
    // The worker raises before task_done(), so queue.join() never returns and nothing else is left to run.
    const program = [
      "import asyncio",
      "async def worker(q):",
      "    await q.get()",
      "    raise ValueError('worker failed')",
      "async def main():",
      "    q = asyncio.Queue()",
      "    q.put_nowait(1)",
      "    asyncio.create_task(worker(q))",
      "    print('joining')",
      "    await q.join()",
      "    print('never')",
      "asyncio.run(main())",
      "",
    ].join("\n");
    const python = spawnSync(pythonExecutable(), ["-c", program], { encoding: "utf8", timeout: 3000 });
    assert.equal(python.signal, "SIGTERM", "CPython is still waiting after 3 s");
    assert.equal(python.stdout, "joining\n");
    const r = runCli(["run", "-"], program);
    assert.equal(r.stdout, "joining\n");
    assert.equal(r.stderr, `asyncio-ts: ${STUCK_MESSAGE}\n`);
    assert.equal(r.code, TIMEOUT_EXIT_CODE);
  });

  it("translate prints typed TypeScript; --js prints runnable JavaScript", () => {
    const tsOut = runCli(["translate", `${seed}.py`]);
    assert.equal(tsOut.code, 0, tsOut.stderr);
    assert.match(tsOut.stdout, /async function taskCoro\(value: number\): Promise<number>/);
    const jsOut = runCli(["translate", `${seed}.py`, "--js"]);
    assert.equal(jsOut.code, 0);
    assert.doesNotMatch(jsOut.stdout, /: Promise<number>/);
    assert.match(jsOut.stdout, /async function taskCoro\(value\)/);
  });

  it("reads standard input with -", () => {
    const r = runCli(["run", "-"], 'print("hello", 4.0, None)\n');
    assert.equal(r.stdout, "hello 4.0 None\n");
    assert.equal(r.code, 0);
  });

  it("sys.argv names the script as the command line did, as python3 FILE does (and `-` for standard input)", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "asyncio-ts-argv-"));
    writeFileSync(path.join(dir, "show_argv.py"), "import sys\nprint(sys.argv)\n");
    const byCli = spawnSync(process.execPath, [cli, "run", "show_argv.py"], { cwd: dir, encoding: "utf8" });
    const byPython = spawnSync(pythonExecutable(), ["show_argv.py"], { cwd: dir, encoding: "utf8" });
    assert.equal(byPython.stdout, "['show_argv.py']\n");
    assert.equal(byCli.stdout, byPython.stdout);
    assert.equal(runCli(["run", "-"], "import sys\nprint(sys.argv)\n").stdout, "['-']\n");
  });

  it("reports diagnostics as FILE:LINE:COL with a code and exits 2", () => {
    const r = runCli(["translate", "-"], "x = 1\nasync def f():\n    await asyncio.to_thread(print, 1)\n");
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^<stdin>:3:\d+: error TR2\d{3} /m);
    const bad = runCli(["translate", "-"], "def f(:\n    pass\n");
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /^<stdin>:1:\d+: error PY1\d{3} /m);
  });

  it("an uncaught exception ends the run with CPython's last traceback line and exit 1", () => {
    const r = runCli(["run", path.join(fixtures, "asyncio_uncaught_exception.py")]);
    assert.equal(r.code, 1);
    assert.equal(r.stderr.trimEnd().split("\n").pop(), readFileSync(path.join(fixtures, "asyncio_uncaught_exception.err"), "utf8").trim());
  });

  it("compare runs CPython and says identical", () => {
    const r = runCli(["compare", `${seed}.py`]);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /^identical/);
  });

  it("compare shows a diff and exits 1 when outputs differ", () => {
    const r = runCli(["compare", "-", "--python", "python3"], 'print("same")\nprint(1 / 3)\n');
    assert.equal(r.code, 0, r.stdout + r.stderr);
    // A Python 3 that prints one line more than CPython stands in for a translation that differs.
    const differs = runCli(["compare", path.join(fixtures, "gather_seed_lesson.py"), "--python", fakePython('python3 "$@"; echo "one more line"')]);
    assert.equal(differs.code, 1, differs.stderr);
    assert.match(differs.stdout, /^--- CPython\n\+\+\+ asyncio-ts/);
    assert.match(differs.stdout, /^-one more line$/m);
  });

  it("compare --plain diffs the plain TypeScript against CPython and against the exact translation, names the sides in the exit note, and explains each difference", () => {
    const r = runCli(["compare", "--plain", "-", "--python", "python3"], "import asyncio\nasync def main():\n    n = 0\n    print(1 / n)\nasyncio.run(main())\n");
    assert.equal(r.code, 1, r.stdout + r.stderr);
    assert.match(r.stdout, /^plain TypeScript against CPython: different: 1 line differs, exit status 0 vs 1\n--- CPython\n\+\+\+ plain TypeScript\n\+Infinity\n/);
    assert.match(r.stdout, /^exit status: CPython 1 \(ZeroDivisionError: division by zero\), plain TypeScript 0 \(no error\)$/m);
    assert.match(r.stdout, /^plain TypeScript against the exact translation: different: .*\n--- the exact translation\n\+\+\+ plain TypeScript\n/m);
    assert.match(r.stdout, /^exit status: the exact translation 1 \(ZeroDivisionError: division by zero\), plain TypeScript 0 \(no error\)$/m);
    assert.doesNotMatch(r.stdout, /asyncio-ts \d/);
    assert.match(r.stdout, /^<stdin>:4:11: difference divisionByZero Dividing by zero is Infinity or NaN, not an error \(plain TypeScript 3:15\)\n {4}`1 \/ 0` raises ZeroDivisionError in Python\./m);
  });

  it("compare --plain says identical for both sides when the plain TypeScript prints what CPython prints", () => {
    const r = runCli(["compare", "--plain", "-", "--python", "python3"], 'import asyncio\nasync def main():\n    await asyncio.sleep(0.01)\n    print("done")\nasyncio.run(main())\n');
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.equal(r.stdout, "plain TypeScript against CPython: identical: 1 line of output matches python3\nplain TypeScript against the exact translation: identical: 1 line of output matches the exact translation\n");
  });

  describe("compare with an interpreter that is not Python 3: a reason and exit 2, never a diff", () => {
    const cases: readonly (readonly [string, () => string, RegExp])[] = [
      ["a missing program", () => "/nonexistent/python3", /^asyncio-ts: could not compare: could not run \/nonexistent\/python3: spawn \/nonexistent\/python3 ENOENT$/],
      ["an empty path", () => "", /^asyncio-ts: could not compare: the Python interpreter's path is empty$/],
      ["a program that is not Python", () => "/bin/echo", /^asyncio-ts: could not compare: \/bin\/echo is not a Python 3 interpreter: it did not run a Python program \(exit status 0, it printed: -\)$/],
      ["a program that fails", () => fakePython('echo "no such thing" >&2; exit 3'), /is not a Python 3 interpreter: it did not run a Python program \(exit status 3: no such thing\)$/],
      ["Python 2", () => fakePython('echo "asyncio-ts-probe 2.7 -"'), /is Python 2\.7; asyncio-ts compares with Python 3$/],
    ];
    for (const [what, python, message] of cases) {
      for (const plain of [false, true]) {
        it(`${what}${plain ? " (--plain)" : ""}`, () => {
          const r = runCli(["compare", `${seed}.py`, "--python", python(), ...(plain ? ["--plain"] : [])]);
          assert.equal(r.code, 2, r.stdout + r.stderr);
          assert.equal(r.stdout, "");
          assert.match(r.stderr.trimEnd(), message);
        });
      }
    }
  });
});
