/**
 * The order in which the loop runs tasks is the trace's lesson, so it is checked against CPython, fixture by
 * fixture: scripts/cpython-order.py records the order in which CPython's loop steps tasks (on a virtual
 * clock), and our trace of the same program must give the same sequence of task steps. A fixture where
 * CPython's own order is an accident (it iterates a set of tasks, coroutines or generators, hashed by their
 * address) cannot be compared: those are listed below with the reason, and the recorder must still find
 * the reason (or the orders still differ), so the list cannot go stale.
 */
import assert from "node:assert/strict";
import path from "node:path";
import { translate } from "../../src/pipeline";
import { traceTranslation } from "../../src/run/traceRun";
import { cpythonOrder, pythonExecutable, pythonFunctionNames, tasksOnly, traceOrder } from "../../src/run/traceOrder";
import { fixturesDir, loadFixtures } from "../support/fixtures";

/** Fixture -> why CPython's order of task steps cannot be compared. */
const notComparable: ReadonlyMap<string, string> = new Map([
  ["app_deadline_batch", "the timeout makes the TaskGroup cancel `video` and `archive` by iterating its set of tasks: their order follows their addresses (the same on every run here, by accident)"],
  ["taskgroup_failure_cancels_siblings", "TaskGroup._abort cancels the unfinished tasks by iterating its set of tasks: which of `slow` and `slower` steps first follows their addresses (it changes from run to run)"],
  ["wait_as_completed_order", "as_completed makes its tasks from a set of the coroutines: which job becomes Task-2 follows the coroutines' addresses (the completion order printed is the same)"],
  ["wait_as_completed_exception", "as_completed makes its tasks from a set of the coroutines: which job becomes Task-2 follows the coroutines' addresses (the completion order printed is the same)"],
  ["wait_first_completed", "the program cancels asyncio.wait's pending set (`for t in pending: t.cancel()`): r0.06 and r0.1 wake in the order of their addresses (it changes with the allocator)"],
]);

/**
 * Fixture -> why CPython has no order of its own to record: the program polls the clock in a busy wait, so how
 * many steps its tasks take depends on how fast the machine runs them (and the recorder's virtual loop clock,
 * unlike asyncio-ts's, does not move while tasks poll it). Only our trace is checked.
 */
const timeDependent: ReadonlyMap<string, string> = new Map([
  ["time_busy_wait_polls", "its watcher task polls time.time() and loop.time() between sleep(0)s until a deadline"],
  ["timers_timeout_vs_sleep_chain", "a timeout and the last sleep of a chain fall due at one virtual instant; CPython's real clock makes the chain's later (docs/decisions.md), the recorder's virtual clock does not (its stdout, CPython's, is checked by the differential test)"],
]);

/** python3 processes (and trace workers) at a time: the machine is shared. */
const PARALLEL = 2;

interface Outcome {
  readonly ours: string[] | null;
  readonly theirs: string[] | null;
  readonly unordered: readonly string[];
}

async function compare(name: string, python: string, python3: string): Promise<Outcome> {
  const translation = await translate(python);
  const ours = translation.ok ? traceOrder((await traceTranslation(python, translation)).trace, pythonFunctionNames(python)) : null;
  if (timeDependent.has(name)) return { ours, theirs: null, unordered: [] };
  const recorded = await cpythonOrder(path.join(fixturesDir, `${name}.py`), python3);
  return { ours, theirs: recorded.order && tasksOnly(recorded.order), unordered: recorded.unordered };
}

function firstDifference(ours: readonly string[], theirs: readonly string[]): string {
  const i = ours.findIndex((x, k) => x !== theirs[k]);
  const at = i < 0 ? Math.min(ours.length, theirs.length) : i;
  return `at step ${at}: ours ${JSON.stringify(ours.slice(at, at + 4))}, CPython ${JSON.stringify(theirs.slice(at, at + 4))} (${ours.length} and ${theirs.length} task steps)`;
}

describe("loop trace: the order of task steps is CPython's (every fixture)", function () {
  const fixtures = loadFixtures();
  const outcomes = new Map<string, Outcome>();

  before(async function () {
    this.timeout(30 * 60_000);
    const python3 = pythonExecutable();
    const queue = fixtures.map((f) => f);
    await Promise.all(
      Array.from({ length: PARALLEL }, async () => {
        for (let f = queue.shift(); f !== undefined; f = queue.shift()) outcomes.set(f.name, await compare(f.name, f.source, python3));
      }),
    );
  });

  it("lists only fixtures that exist", () => {
    const names = new Set(fixtures.map((f) => f.name));
    assert.deepEqual([...notComparable.keys(), ...timeDependent.keys()].filter((n) => !names.has(n)), []);
  });

  for (const { name } of fixtures) {
    const reason = notComparable.get(name);
    if (timeDependent.has(name)) {
      it(`${name} (time-dependent: our trace only)`, () => assert.ok(outcomes.get(name)!.ours, "translates and traces"));
      continue;
    }
    it(reason === undefined ? name : `${name} (not comparable)`, () => {
      const { ours, theirs, unordered } = outcomes.get(name)!;
      assert.ok(ours, "translates and traces");
      assert.ok(theirs, "cpython-order.py recorded an order");
      if (reason === undefined) {
        assert.deepEqual(unordered, [], "CPython orders tasks here by iterating a set: its order is an accident of addresses (list the fixture as not comparable)");
        assert.ok(JSON.stringify(ours) === JSON.stringify(theirs), firstDifference(ours, theirs));
      } else {
        const same = JSON.stringify(ours) === JSON.stringify(theirs);
        assert.ok(unordered.length > 0 || !same, "CPython's order is not an accident here any more, and ours is the same: remove the fixture from notComparable");
      }
    });
  }
});
