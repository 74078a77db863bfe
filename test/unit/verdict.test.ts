/** The one comparison of a run with CPython's (src/run/verdict.ts), used by the CLI, the panel and the tests. */
import assert from "node:assert/strict";
import { diffLines, limitMessage, splitOutputLines, unifiedDiff, verdict, type PythonOutput } from "../../src/run/verdict";

const indexesOf = (flags: readonly boolean[]): number[] => flags.flatMap((flag, i) => (flag ? [i] : []));
const python = (stdout: string, exitCode: number | null = 0, stderr = ""): PythonOutput => ({ python: "python3", stdout, stderr, exitCode, timedOut: false });

describe("verdict", () => {
  it("splits output into lines and diffs them by a shortest edit script", () => {
    assert.deepEqual(splitOutputLines("a\nb\n"), ["a", "b"]);
    assert.deepEqual(splitOutputLines("a\nb"), ["a", "b"]);
    assert.deepEqual(splitOutputLines(""), []);
    const d = diffLines(["a", "x", "c"], ["a", "c", "d"]);
    assert.deepEqual(d.aChanged, [false, true, false]);
    assert.deepEqual(d.bChanged, [false, false, true]);
    assert.equal(unifiedDiff(["a", "x", "c"], d.aChanged, ["a", "c", "d"], d.bChanged, "CPython", "asyncio-ts"), "--- CPython\n+++ asyncio-ts\n a\n-x\n c\n+d\n");
  });

  it("diffs long outputs by a shortest edit script: 30,000 lines with an early insertion and a few edits", () => {
    const ours = Array.from({ length: 30_000 }, (_, i) => `line ${i}`);
    const theirs = [...ours];
    theirs.splice(3, 0, "inserted");
    theirs[101] = "edited";
    theirs.splice(20_000, 2);
    const d = diffLines(ours, theirs);
    // ours[100] became "edited" (shifted by the insertion); ours[19_999] and ours[20_000] were deleted.
    assert.deepEqual(indexesOf(d.aChanged), [100, 19_999, 20_000]);
    assert.deepEqual(indexesOf(d.bChanged), [3, 101]);
  });

  it("marks everything between the common head and tail when the outputs are too different for an edit script", () => {
    const ours = ["start", ...Array.from({ length: 5_000 }, (_, i) => `a${i}`), "end"];
    const theirs = ["start", ...Array.from({ length: 4_000 }, (_, i) => `b${i}`), "end"];
    const d = diffLines(ours, theirs);
    assert.deepEqual(indexesOf(d.aChanged), Array.from({ length: 5_000 }, (_, i) => i + 1));
    assert.deepEqual(indexesOf(d.bChanged), Array.from({ length: 4_000 }, (_, i) => i + 1));
  });

  it("is identical only with the same stdout, exit status and exception", () => {
    assert.equal(verdict({ stdout: "1\n2\n", stderr: "", exitCode: 0 }, python("1\n2\n")).summary, "identical: 2 lines of output match python3");
    const order = verdict({ stdout: "2\n1\n", stderr: "", exitCode: 0 }, python("1\n2\n"));
    assert.equal(order.identical, false);
    assert.equal(order.summary, "different: 2 lines differ");
    assert.equal(order.exitNote, null);
    // Same stdout, but a different exception ended the program.
    const other = verdict({ stdout: "x\n", stderr: "KeyError: 'a'\n", exitCode: 1 }, python("x\n", 1, "Traceback ...\nValueError: a\n"));
    assert.equal(other.identical, false);
    assert.equal(other.exitNote, "exit status: CPython 1 (ValueError: a), asyncio-ts 1 (KeyError: 'a')");
    const same = verdict({ stdout: "x\n", stderr: "ValueError: a\n", exitCode: 1 }, python("x\n", 1, "Traceback ...\nValueError: a\n"));
    assert.equal(same.identical, true);
    // CPython's shutdown warnings after the traceback are not the exception.
    const unawaited = "Traceback ...\nTypeError: Passing coroutines is forbidden, use tasks explicitly.\nsys:1: RuntimeWarning: coroutine 'coro1' was never awaited\nsys:1: RuntimeWarning: coroutine 'coro2' was never awaited\n";
    assert.equal(verdict({ stdout: "x\n", stderr: "TypeError: Passing coroutines is forbidden, use tasks explicitly.\n", exitCode: 1 }, python("x\n", 1, unawaited)).identical, true);
    assert.equal(verdict({ stdout: "x\n", stderr: "ValueError: v\n", exitCode: 1 }, python("x\n", 1, unawaited)).identical, false);
    // A final newline is part of the output.
    assert.equal(verdict({ stdout: "x", stderr: "", exitCode: 0 }, python("x\n")).summary, "different: the same lines, not byte for byte");
  });

  it("never calls a comparison identical when Python did not run or was stopped", () => {
    const missing = verdict({ stdout: "", stderr: "", exitCode: 0 }, { ...python("", null), error: "could not run python9: spawn python9 ENOENT" });
    assert.equal(missing.identical, false);
    assert.equal(missing.summary, "could not compare: could not run python9: spawn python9 ENOENT");
    assert.equal(verdict({ stdout: "", stderr: "", exitCode: 0 }, { ...python("", 0), timedOut: true }).identical, false);
  });

  it("words the limits the same way in every runner", () => {
    assert.equal(limitMessage({ kind: "time", ms: 2500 }), "stopped after 2.5 s (time limit)");
    assert.equal(limitMessage({ kind: "output", bytes: 1024 * 1024 }, "Python"), "Python stopped after 1 MiB of output (output limit)");
  });
});
