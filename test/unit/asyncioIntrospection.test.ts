// What asyncio objects print and which task introspection translates: the diagnostics (code, line:column)
// where CPython's output cannot be matched, and none where it is. The outputs themselves are fixtures
// (asyncio_type_names, task_introspection, taskgroup_task_repr), checked against CPython.
import assert from "node:assert/strict";
import { LineMap } from "../../src/core/lineMap";
import { translate } from "../../src/pipeline";

async function diagnostics(source: string): Promise<string[]> {
  const result = await translate(source);
  const lines = new LineMap(source);
  return result.diagnostics.map((d) => `${lines.format(d.span.start)} ${d.code} ${d.message}`);
}

const prelude = `import asyncio

async def work():
    await asyncio.sleep(0.1)

`;

describe("asyncio objects and task introspection", () => {
  it("type() of a coroutine says <class 'coroutine'> without the address warning its repr gets", async () => {
    assert.deepEqual(await diagnostics(`${prelude}async def main():\n    c = work()\n    print(type(c))\n    await c\n\nasyncio.run(main())\n`), []);
  });

  it("warns where coroutine objects are printed, alone or in a list: their repr shows an address", async () => {
    const found = await diagnostics(`${prelude}async def main():\n    coros = [work(), work()]\n    print(coros)\n    print(coros[0])\n    await asyncio.gather(*coros)\n\nasyncio.run(main())\n`);
    const warning = "TR3001 a coroutine object's repr shows its memory address (`<coroutine object f at 0x7f...>`), which differs on every run, in CPython too";
    assert.deepEqual(found, [`8:11 ${warning}`, `9:11 ${warning}`]);
  });

  it("warns where a lock, event or queue is printed: CPython's repr shows its address", async () => {
    const found = await diagnostics(`${prelude}async def main():\n    lock = asyncio.Lock()\n    print(lock)\n    print([asyncio.Queue()])\n\nasyncio.run(main())\n`);
    assert.deepEqual(found, [
      "8:11 TR3001 CPython's repr of an asyncio.locks.Lock shows its memory address (`at 0x7f...`), which differs on every run, in CPython too",
      "9:11 TR3001 CPython's repr of an asyncio.queues.Queue shows its memory address (`at 0x7f...`), which differs on every run, in CPython too",
    ]);
  });

  it("warns where a loop over a set of tasks can show their order, not where it picks one by identity", async () => {
    const source = `${prelude}async def main():\n    tasks = [asyncio.create_task(work()) for _ in range(3)]\n    done, pending = await asyncio.wait(tasks, timeout=0.05)\n    for t in pending:\n        t.cancel()\n    for t in pending:\n        if t is tasks[0]:\n            print("first")\n    for t in pending:\n        pass\n\nasyncio.run(main())\n`;
    assert.deepEqual(await diagnostics(source), [
      "9:14 TR3001 CPython iterates a set of tasks or futures in the order of their memory addresses, which can differ from run to run; here it is the order they were made",
    ]);
  });

  it("warns where a set of tasks is spread into gather or a call: the results come in the set's order", async () => {
    const source = `${prelude}async def main():\n    for _ in range(3):\n        asyncio.create_task(work())\n    pending = asyncio.all_tasks() - {asyncio.current_task()}\n    print(await asyncio.gather(*pending))\n\nasyncio.run(main())\n`;
    assert.deepEqual(await diagnostics(source), [
      "10:32 TR3001 CPython iterates a set of tasks or futures in the order of their memory addresses, which can differ from run to run; here it is the order they were made",
    ]);
  });

  it("refuses task.__await__() whose iterator is used, with its line and column", async () => {
    const found = await diagnostics(`${prelude}async def main():\n    t = asyncio.create_task(work())\n    it = t.__await__()\n    await t\n\nasyncio.run(main())\n`);
    assert.equal(found.length, 1);
    assert.match(found[0]!, /^8:10 TR2005 .*__await__/);
  });

  it("refuses asyncio.Task with arguments it does not know", async () => {
    const found = await diagnostics(`${prelude}async def main():\n    t = asyncio.Task(work(), context=None)\n    await t\n\nasyncio.run(main())\n`);
    assert.deepEqual(found.map((d) => d.split(" ").slice(0, 2).join(" ")), ["7:9 TR2003"]);
  });
});
