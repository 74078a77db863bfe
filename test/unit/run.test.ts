// The runner: programs run in a child process with a time, output and memory limit; expected outputs are
// CPython's (python3 prints these for the equivalent Python programs) or follow from the limits' definitions.
import assert from "node:assert/strict";
import { runJavaScript } from "../../src/run/runJavaScript";
import { helpersFor } from "../../src/runtime/helperTable.generated";

const helpers = (...names: string[]): string =>
  helpersFor(names)
    .map((u) => u.js)
    .join("\n");

describe("runJavaScript", () => {
  it("runs hello world", async () => {
    const r = await runJavaScript(helpers("print") + '\nprint("Hello, world!");', { clock: "virtual" });
    assert.equal(r.stdout, "Hello, world!\n");
    assert.equal(r.stderr, "");
    assert.equal(r.exitCode, 0);
    assert.equal(r.timedOut, false);
    assert.equal(r.outputTruncated, false);
  });

  it("reports an uncaught exception like CPython's last traceback line, with exit status 1", async () => {
    // python3: async def main(): print("before"); raise ValueError("boom")  ->  stdout "before", stderr ends "ValueError: boom", status 1
    const js = helpers("run", "print", "ValueError") + '\nasync function main() { print("before"); throw new ValueError("boom"); }\nrun(main);';
    const r = await runJavaScript(js, { clock: "virtual" });
    assert.equal(r.stdout, "before\n");
    assert.equal(r.stderr.trimEnd().split("\n").pop(), "ValueError: boom");
    assert.equal(r.exitCode, 1);
  });

  it("reports an exception thrown at the top level, outside asyncio.run", async () => {
    // python3 -c "raise KeyError('x')"  ->  last line "KeyError: 'x'", status 1
    const r = await runJavaScript(helpers("KeyError", "formatUncaught") + '\nthrow new KeyError("x");', { clock: "virtual" });
    assert.equal(r.stderr, "KeyError: 'x'\n");
    assert.equal(r.exitCode, 1);
  });

  it("stops an endless synchronous loop at the time limit and keeps the output so far", async () => {
    const js = helpers("print") + '\nprint("started");\nfor (;;) {}';
    // The limit leaves a loaded machine time to start the worker and print before the loop.
    const r = await runJavaScript(js, { clock: "real", timeLimitMs: 2500 });
    assert.equal(r.timedOut, true);
    assert.equal(r.stdout, "started\n");
    assert.match(r.stderr, /asyncio-ts: stopped after 2\.5 s \(time limit\)\n$/);
    assert.notEqual(r.exitCode, 0);
  });

  it("puts the runner's message on a line of its own after a program's unfinished stderr line", async () => {
    const js = helpers("print") + '\nasyncioTsHost.write("stderr", "half a line");\nfor (;;) print("x");';
    // The cap counts both streams: 11 bytes of stderr, then 9 of stdout.
    const r = await runJavaScript(js, { clock: "virtual", maxOutputBytes: 20 });
    assert.equal(r.stdout, "x\nx\nx\nx\nx");
    assert.equal(r.stderr, "half a line\nasyncio-ts: stopped after 20 bytes of output (output limit)\n");
  });

  it("keeps exactly maxEvents timeline events", async () => {
    const js = helpers("print") + '\nfor (let i = 0; i < 5; i++) print(i);';
    const all = await runJavaScript(js, { clock: "virtual" });
    assert.equal(all.events.filter((e) => e.kind === "output").length, 5);
    const capped = await runJavaScript(js, { clock: "virtual", maxEvents: 3 });
    assert.equal(capped.events.length, 3);
    assert.equal(capped.stdout, "0\n1\n2\n3\n4\n", "the output is whole");
  });

  it("stops a program that prints too much, keeping exactly the allowed bytes", async () => {
    const js = helpers("print") + '\nfor (;;) print("0123456789");';
    const r = await runJavaScript(js, { clock: "virtual", maxOutputBytes: 25 });
    assert.equal(r.outputTruncated, true);
    assert.equal(r.stdout, "0123456789\n0123456789\n012");
    assert.match(r.stderr, /asyncio-ts: stopped after 25 bytes of output \(output limit\)\n$/);
    assert.notEqual(r.exitCode, 0);
  });

  it("with the virtual clock, sleep(2) takes no wall time while loop.time() says 2", async () => {
    // python3: t0 = loop.time(); await asyncio.sleep(2); print(round(loop.time() - t0)) -> 2
    const js = helpers("run", "sleep", "print", "time") + "\nasync function main() { const t0 = time(); await sleep(2); print(time() - t0); }\nrun(main);";
    const r = await runJavaScript(js, { clock: "virtual" });
    assert.equal(r.stdout, "2\n");
    assert.ok(r.wallMs < 1500, `took ${r.wallMs} ms`);
    const kinds = r.events.map((e) => e.kind);
    assert.deepEqual(kinds, ["task-created", "task-step", "task-step", "output", "task-done"]);
  });

  it("with the real clock, sleep really waits", async () => {
    const js = helpers("run", "sleep", "print") + '\nasync function main() { await sleep(0.2); print("done"); }\nrun(main);';
    const r = await runJavaScript(js, { clock: "real" });
    assert.equal(r.stdout, "done\n");
    assert.ok(r.wallMs >= 200, `took ${r.wallMs} ms`);
  });

  it("supports top-level await", async () => {
    const js = helpers("run", "print") + '\nawait run(async () => print("in main"));\nprint("after run");';
    const r = await runJavaScript(js, { clock: "virtual" });
    assert.equal(r.stdout, "in main\nafter run\n");
    assert.equal(r.exitCode, 0);
  });
});
