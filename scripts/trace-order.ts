/**
 * Trace every fixture and compare the order of task steps and callbacks with CPython's
 * (scripts/cpython-order.py); print what differs, and what tracing costs (time, events, steps, size).
 *   npx tsx scripts/trace-order.ts [FILTER]
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { standaloneJs } from "../src/assemble";
import { translate } from "../src/pipeline";
import { traceTranslation } from "../src/run/traceRun";
import { cpythonOrder, pythonExecutable, pythonFunctionNames, tasksOnly, traceOrder } from "../src/run/traceOrder";
import { runJavaScript } from "../src/run/runJavaScript";

async function main(): Promise<void> {
  const dir = path.join(__dirname, "..", "test", "fixtures");
  const filter = process.argv[2] ?? "";
  const names = readdirSync(dir).filter((f) => f.endsWith(".py") && f.includes(filter)).map((f) => f.slice(0, -3)).sort();
  let same = 0;
  let plainMs = 0;
  let tracedMs = 0;
  let bytes = 0;
  let steps = 0;
  const differ: string[] = [];
  const unordered: string[] = [];
  const python3 = pythonExecutable();
  const one = async (name: string): Promise<void> => {
    const file = path.join(dir, `${name}.py`);
    const python = readFileSync(file, "utf8");
    const translation = await translate(python);
    if (!translation.ok) {
      differ.push(`${name}: not translated`);
      return;
    }
    const t0 = performance.now();
    await runJavaScript(standaloneJs(translation), { clock: "virtual", events: false });
    const t1 = performance.now();
    const { trace } = await traceTranslation(python, translation);
    const t2 = performance.now();
    plainMs += t1 - t0;
    tracedMs += t2 - t1;
    bytes += JSON.stringify(trace).length;
    steps += trace.steps.length;
    const theirs = await cpythonOrder(file, python3);
    const ours = traceOrder(trace, pythonFunctionNames(python));
    const theirTasks = theirs.order ? tasksOnly(theirs.order) : null;
    if (theirs.unordered.length > 0) {
      unordered.push(`${name}: ${theirs.unordered.join("; ")}${JSON.stringify(theirTasks) === JSON.stringify(ours) ? " (same order here)" : ""}`);
      console.log(unordered[unordered.length - 1]);
    } else if (theirTasks && JSON.stringify(theirTasks) === JSON.stringify(ours)) same++;
    else {
      differ.push(`${name}: ${firstDifference(ours, theirTasks ?? [])}`);
      console.log(differ[differ.length - 1]);
    }
  };
  // Two at a time: each fixture waits on a worker and on python3 most of the time, and the machine is shared.
  const queue = [...names];
  await Promise.all([0, 1].map(async () => {
    for (let name = queue.shift(); name !== undefined; name = queue.shift()) await one(name);
  }));
  console.log(`${same}/${names.length - unordered.length} comparable fixtures: same order of task steps as CPython; ${unordered.length} not comparable (CPython orders tasks by a set)`);
  console.log(`run ${Math.round(plainMs)} ms, traced run + trace ${Math.round(tracedMs)} ms; ${steps} steps, ${(bytes / 1024).toFixed(0)} KiB of trace JSON`);
}

function firstDifference(ours: string[], theirs: string[]): string {
  const i = ours.findIndex((x, k) => x !== theirs[k]);
  const at = i < 0 ? Math.min(ours.length, theirs.length) : i;
  return `at ${at}: ours ${JSON.stringify(ours.slice(at, at + 4))} CPython ${JSON.stringify(theirs.slice(at, at + 4))} (lengths ${ours.length}/${theirs.length})`;
}

void main();
