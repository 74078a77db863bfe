/** The one comparison of a run with CPython's (src/run/verdict.ts), used by the CLI, the panel and the tests. */
import assert from "node:assert/strict";
import { diffLines, formatBytes, lastLine, limitMessage, splitOutputLines, unifiedDiff, verdict, type PythonOutput } from "../../src/run/verdict";

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
    // "shared" is in both middles: past the edit limit it is not searched for, and counts as changed.
    const ours = ["start", ...Array.from({ length: 5_000 }, (_, i) => (i === 2_500 ? "shared" : `a${i}`)), "end"];
    const theirs = ["start", ...Array.from({ length: 4_000 }, (_, i) => (i === 2_000 ? "shared" : `b${i}`)), "end"];
    const d = diffLines(ours, theirs);
    assert.deepEqual(indexesOf(d.aChanged), Array.from({ length: 5_000 }, (_, i) => i + 1));
    assert.deepEqual(indexesOf(d.bChanged), Array.from({ length: 4_000 }, (_, i) => i + 1));
  });

  it("matches the common ends of equally long, too different outputs, and stops there", () => {
    const middle = (prefix: string): string[] => Array.from({ length: 3_000 }, (_, i) => `${prefix}${i}`);
    const ours = ["h1", "h2", ...middle("a"), "t1", "t2"];
    const theirs = ["h1", "h2", ...middle("b"), "t1", "t2"];
    const d = diffLines(ours, theirs);
    const changedMiddle = Array.from({ length: 3_000 }, (_, i) => i + 2);
    assert.deepEqual(indexesOf(d.aChanged), changedMiddle);
    assert.deepEqual(indexesOf(d.bChanged), changedMiddle);
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
    // Whatever else a failed Python run says, it proves nothing.
    assert.equal(verdict({ stdout: "", stderr: "", exitCode: 0 }, { ...python("", 0), error: "python9 is Python 2.7" }).identical, false);
  });

  it("words the limits the same way in every runner", () => {
    assert.equal(limitMessage({ kind: "time", ms: 2500 }), "stopped after 2.5 s (time limit)");
    assert.equal(limitMessage({ kind: "time", ms: 10_000 }), "stopped after 10 s (time limit)");
    assert.equal(limitMessage({ kind: "time", ms: 1 }), "stopped after 0.001 s (time limit)");
    assert.equal(limitMessage({ kind: "time", ms: 1250 }), "stopped after 1.25 s (time limit)");
    assert.equal(limitMessage({ kind: "output", bytes: 1024 * 1024 }, "Python"), "Python stopped after 1 MiB of output (output limit)");
    assert.equal(limitMessage({ kind: "memory", mb: 512 }), "stopped after using 512 MiB of memory (memory limit)");
    const sizes: [number, string][] = [
      [16 * 1024 * 1024, "16 MiB"],
      [1536 * 1024, "1536 KiB"],
      [1024, "1 KiB"],
      [2048, "2 KiB"],
      [1023, "1023 bytes"],
      [1025, "1025 bytes"],
      [1024 * 1024 + 1, "1048577 bytes"],
      [0, "0 bytes"],
    ];
    for (const [bytes, words] of sizes) assert.equal(formatBytes(bytes), words, `${bytes} bytes`);
  });

  it("finds the exception in stderr past CPython's shutdown warnings, and only those", () => {
    const warning = "sys:1: RuntimeWarning: coroutine 'work' was never awaited";
    assert.equal(lastLine(`Traceback ...\nValueError: x\n${warning}\nsys:12: RuntimeWarning: coroutine 'A.run' was never awaited\n\n`), "ValueError: x");
    assert.equal(lastLine(`${warning}\n`), warning, "a warning alone is the last line");
    assert.equal(lastLine(`ValueError: x\nx${warning}`), `x${warning}`);
    assert.equal(lastLine(`ValueError: x\n${warning} (again)`), `${warning} (again)`);
    assert.equal(lastLine(""), "");
  });

  it("names what differs: exit statuses, a killed process, a stopped Python, missing errors", () => {
    const ended = verdict({ stdout: "x\n", stderr: "", exitCode: 0 }, python("x\n", 1, "Traceback ...\nValueError: a\n"));
    assert.equal(ended.identical, false);
    assert.equal(ended.sameExit, false);
    assert.equal(ended.summary, "different: the same output, exit status 0 vs 1");
    assert.equal(ended.exitNote, "exit status: CPython 1 (ValueError: a), asyncio-ts 0 (no error)");
    const killed = verdict({ stdout: "", stderr: "boom\n", exitCode: null }, python("", 0));
    assert.equal(killed.summary, "different: the same output, exit status killed vs 0");
    assert.equal(killed.exitNote, "exit status: CPython 0 (no error), asyncio-ts killed (boom)");
    const pythonKilled = verdict({ stdout: "", stderr: "", exitCode: 0 }, python("", null));
    assert.equal(pythonKilled.summary, "different: the same output, exit status 0 vs killed");
    assert.equal(pythonKilled.exitNote, "exit status: CPython killed (no error), asyncio-ts 0 (no error)");
    const stopped = verdict({ stdout: "a\n", stderr: "", exitCode: 0 }, { ...python("a\n", 0), timedOut: true });
    assert.equal(stopped.identical, false);
    assert.equal(stopped.summary, "different: Python was stopped by the time limit");
    // The exception matters only when the program did not end normally.
    const quietly = verdict({ stdout: "a\n", stderr: "DeprecationWarning: ours\n", exitCode: 0 }, python("a\n", 0, "DeprecationWarning: theirs\n"));
    assert.equal(quietly.identical, true);
    assert.equal(quietly.summary, "identical: 1 line of output matches python3");
    const oneLine = verdict({ stdout: "a\nb\n", stderr: "", exitCode: 0 }, python("a\n"));
    assert.equal(oneLine.summary, "different: 1 line differs");
    assert.deepEqual([oneLine.oursChanged, oneLine.pythonChanged], [[false, true], [false]]);
  });

  it("writes every line of both sides in the unified diff, changes at either end included", () => {
    const a = ["x", "a", "y"];
    const b = ["a", "z", "w"];
    const d = diffLines(a, b);
    assert.equal(unifiedDiff(a, d.aChanged, b, d.bChanged, "CPython", "asyncio-ts"), "--- CPython\n+++ asyncio-ts\n-x\n a\n-y\n+z\n+w\n");
    assert.equal(unifiedDiff(["a", "b"], [false, true], ["a"], [false], "p", "q"), "--- p\n+++ q\n a\n-b\n");
    assert.equal(unifiedDiff([], [], ["n"], [true], "p", "q"), "--- p\n+++ q\n+n\n");
  });
});
