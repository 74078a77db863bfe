/** Loop traces: the runtime's events made into steps (lanes for gather's children, CPython's iterations, lines, output, the cap). */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { translate } from "../../src/pipeline";
import { formatTrace, traceTranslation } from "../../src/run/traceRun";
import type { LoopTrace } from "../../src/shared/loopTrace";

const root = path.join(__dirname, "..", "..");

async function traceOf(python: string, maxSteps?: number): Promise<LoopTrace> {
  const translation = await translate(python);
  assert.ok(translation.ok, "translates");
  return (await traceTranslation(python, translation, { maxSteps })).trace;
}

const lineOf = (python: string, text: string): number => python.split("\n").findIndex((l) => l.includes(text)) + 1;

describe("loop trace", function () {
  this.timeout(60_000);

  it("the seed lesson (Promise.all): a lane per gather child, five waiting from 0 to 2 s, CPython's iterations", async () => {
    const python = readFileSync(path.join(root, "lessons", "gather_return_values.py"), "utf8");
    const translation = await translate(python);
    assert.match(translation.program.ts, /Promise\.all\(/, "the lesson's gather is plain Promise.all");
    const { trace } = await traceTranslation(python, translation);
    const sleepLine = lineOf(python, "await asyncio.sleep(2)");
    const gatherLine = lineOf(python, "asyncio.gather(");
    assert.deepEqual(trace.lanes.map((l) => l.name), ["Task-1", "Task-2", "Task-3", "Task-4", "Task-5", "Task-6"]);
    for (const lane of trace.lanes.slice(1)) {
      const waiting = lane.segments.find((s) => s.state === "waiting");
      const done = lane.segments.find((s) => s.state === "done");
      assert.equal(waiting?.time, 0, `${lane.name} waits from 0 s`);
      assert.equal(waiting?.line, sleepLine);
      assert.equal(done?.time, 2, `${lane.name} ends at 2 s`);
    }
    const readies = trace.steps.map((s) => s.ready.map((e) => e.text));
    assert.deepEqual(readies[0], ["start Task-1"]);
    assert.deepEqual(readies[1], ["start Task-2", "start Task-3", "start Task-4", "start Task-5", "start Task-6"]);
    const timerStep = trace.steps.find((s) => s.timers.length === 5);
    assert.ok(timerStep, "a step lists five timers");
    assert.deepEqual(timerStep.timers.map((t) => t.at), [2, 2, 2, 2, 2]);
    assert.equal(timerStep.line, sleepLine);
    assert.deepEqual(readies[timerStep.index + 1], [2, 3, 4, 5, 6].map((n) => `resume Task-${n} at line ${sleepLine}`));
    assert.deepEqual(readies[timerStep.index + 2], [2, 3, 4, 5, 6].map((n) => `done-callback of Task-${n} (gather)`));
    assert.deepEqual(readies[timerStep.index + 3], [`resume Task-1 at line ${gatherLine}`]);
    // Output so far: only "Main starting" until Task-1 resumes after the gather.
    const resume = trace.steps[timerStep.index + 3];
    assert.equal(trace.output.slice(0, resume?.output), "Main starting\n");
    assert.equal(trace.output, `Main starting\n<class 'list'>\n0\n100\n200\n300\n400\nMain done\n`);
  });

  it("real tasks keep their own lanes and names; call_soon callbacks are named; a failed task says why", async () => {
    const python = [
      "import asyncio",
      "",
      "def ping():",
      "    print('ping')",
      "",
      "async def worker(n):",
      "    await asyncio.sleep(n)",
      "    if n == 2:",
      "        raise ValueError('two')",
      "    return n",
      "",
      "async def main():",
      "    asyncio.get_running_loop().call_soon(ping)",
      "    a = asyncio.create_task(worker(1), name='first')",
      "    b = asyncio.create_task(worker(2))",
      "    print(await a)",
      "    try:",
      "        await b",
      "    except ValueError as e:",
      "        print('caught', e)",
      "",
      "asyncio.run(main())",
      "",
    ].join("\n");
    const trace = await traceOf(python);
    assert.deepEqual(trace.lanes.map((l) => l.name), ["Task-1", "first", "Task-3"]);
    const texts = trace.steps.flatMap((s) => s.ready.map((e) => e.text));
    assert.ok(texts.includes("call_soon(ping)"), texts.join(", "));
    assert.ok(texts.includes("start first"));
    assert.ok(texts.includes("resume first at line 7"), texts.join(", "));
    const failed = trace.lanes[2]?.segments.find((s) => s.state === "failed");
    assert.match(failed?.detail ?? "", /ValueError: two/);
    assert.equal(trace.output, "ping\n1\ncaught two\n");
  });

  it("stops recording after the cap, with a note, and keeps the whole output", async () => {
    const python = "import asyncio\n\nasync def main():\n    for i in range(50):\n        await asyncio.sleep(0)\n    print('done')\n\nasyncio.run(main())\n";
    const trace = await traceOf(python, 10);
    assert.equal(trace.steps.length, 10);
    assert.match(trace.note ?? "", /stops after 10 loop steps/);
    assert.equal(trace.output, "done\n");
  });

  it("prints one block per step as text", async () => {
    const python = "import asyncio\n\nasync def main():\n    print('hi')\n    await asyncio.sleep(1)\n\nasyncio.run(main())\n";
    const text = formatTrace(await traceOf(python));
    const blocks = text.trimEnd().split("\n\n");
    assert.match(blocks[0] ?? "", /^step 1 · clock 0\.0 s/);
    assert.match(blocks[0] ?? "", /ready: start Task-1/);
    assert.match(blocks[0] ?? "", /> hi/);
    assert.match(blocks[1] ?? "", /^step 2 · clock 1\.0 s · line 5\n {2}ready: \(empty\)\n {2}timers: 1\.0 s \(due\) end asyncio\.sleep\(1\) of Task-1 \(line 5\)/);
  });
});
