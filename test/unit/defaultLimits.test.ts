/**
 * The default limits, measured: a runaway program run without options stops at the documented default
 * (10 s for the translation, 30 s for CPython in compare), not at once and not much later. A slack allows for a
 * loaded machine; a limit changed by a factor (x2, x60) fails. Slow by nature (about 30 s, both at once).
 */
import assert from "node:assert/strict";
import { runJavaScript } from "../../src/run/runJavaScript";
import { runPython } from "../../src/run/pythonRunner";
import { TIMEOUT_EXIT_CODE } from "../../src/run/verdict";

const SLACK_MS = 4_000;

describe("default limits hold, measured by the clock", function () {
  this.timeout(60_000);

  it("the translation's run stops after 10 s and CPython's after 30 s, with what they printed kept", async () => {
    const started = performance.now();
    const js = `globalThis.asyncioTsHost.write("stdout", "looping\\n");\nfor (;;) {}\n`;
    const [ours, python] = await Promise.all([
      runJavaScript(js, { clock: "virtual", events: false }).then((r) => ({ r, ms: performance.now() - started })),
      runPython("python3", "import time\nprint('looping', flush=True)\nwhile True:\n    time.sleep(0.05)\n").then((r) => ({ r, ms: performance.now() - started })),
    ]);
    assert.deepEqual(
      { stdout: ours.r.stdout, stderr: ours.r.stderr, exitCode: ours.r.exitCode, timedOut: ours.r.timedOut },
      { stdout: "looping\n", stderr: "asyncio-ts: stopped after 10 s (time limit)\n", exitCode: TIMEOUT_EXIT_CODE, timedOut: true },
    );
    assert.ok(ours.ms >= 10_000 && ours.ms < 10_000 + SLACK_MS, `the run took ${ours.ms.toFixed(0)} ms`);
    assert.deepEqual({ stdout: python.r.stdout, timedOut: python.r.timedOut }, { stdout: "looping\n", timedOut: true });
    assert.ok(python.ms >= 30_000 && python.ms < 30_000 + SLACK_MS, `CPython took ${python.ms.toFixed(0)} ms`);
  });
});
