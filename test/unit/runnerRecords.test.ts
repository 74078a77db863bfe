// What the runners accept from the side the program runs on: the child's records (runJavaScript) and the
// webview worker's messages (Run.onMessage). Only the known shapes, with an integer exit status, are taken;
// anything else is dropped (the child) or ends the run as failed (the panel), never read as a status.
import assert from "node:assert/strict";
import { parseChildRecord } from "../../src/run/runJavaScript";
import { parseWorkerMessage } from "../../src/webview/workerShim";

const event = { kind: "output", stream: "stdout", text: "x", time: 0, taskId: null };

describe("runner records and worker messages are taken by shape only", () => {
  it("the child's three records are read as themselves", () => {
    assert.deepEqual(parseChildRecord('{"type":"exit","code":3}'), { type: "exit", code: 3 });
    assert.deepEqual(parseChildRecord('{"type":"outputLimit"}'), { type: "outputLimit" });
    assert.deepEqual(parseChildRecord(JSON.stringify({ type: "event", event })), { type: "event", event });
  });

  it("anything else from the child is no record", () => {
    const bad: unknown[] = [
      { type: "exit", code: "0" }, { type: "exit", code: 0.5 }, { type: "exit", code: null }, { type: "exit" }, { type: "exit", code: 0, extra: 1 },
      { type: "exit", code: 1e300 }, { type: "event", event: null }, { type: "event", event: [] }, { type: "event", event: { kind: 1 } }, { type: "outputLimit", code: 0 },
      { type: "Exit", code: 0 }, [], "exit", 0, null,
    ];
    for (const value of bad) assert.equal(parseChildRecord(JSON.stringify(value)), null, JSON.stringify(value));
    assert.equal(parseChildRecord('{"type":"exit","code":0'), null);
    assert.equal(parseChildRecord('{"__proto__":{"type":"exit","code":0}}'), null);
  });

  it("the worker's three messages are read as themselves", () => {
    assert.deepEqual(parseWorkerMessage({ type: "write", stream: "stderr", text: "e" }), { type: "write", stream: "stderr", text: "e" });
    assert.deepEqual(parseWorkerMessage({ type: "event", event }), { type: "event", event });
    assert.deepEqual(parseWorkerMessage({ type: "exit", code: 0 }), { type: "exit", code: 0 });
  });

  it("anything else from the worker is no message, whatever its type says", () => {
    const inherited = Object.create({ type: "exit", code: 0 }) as unknown;
    const bad: unknown[] = [
      { type: "exit", code: "0" }, { type: "exit", code: Number.NaN }, { type: "exit", code: 0, stdout: "forged" }, { type: "exit" }, inherited,
      { type: "write", stream: "stdin", text: "x" }, { type: "write", stream: "stdout", text: 1 }, { type: "event", event: "output" },
      { type: "identical" }, null, undefined, "exit", [{ type: "exit", code: 0 }],
    ];
    for (const value of bad) assert.equal(parseWorkerMessage(value), null, String(JSON.stringify(value)));
  });
});
