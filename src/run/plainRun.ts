/**
 * Running the plain-TypeScript view (src/plain) in the same worker runner as the exact translation. A plain
 * program uses the platform alone: `console.log`, `process.stdout.write`, `performance.now()`, and
 * `setTimeout`/`setImmediate` from `node:timers/promises`. The prelude below gives it those (the worker runs
 * scripts, not modules, so the import line is replaced by them): output goes to the run's host, formatted by Node's own `util.format` (what
 * console.log uses); the timers run on a virtual clock when the run asks for one, following Node's loop
 * phases (due timers in deadline order, then the immediates queued before the check phase, microtasks drained
 * after each callback), else they are Node's real timers.
 */
import type { PlainTranslation } from "../plain/index";
import { runJavaScript, type RunOptions, type RunResult } from "./runJavaScript";

const plainPrelude = String.raw`
const __plainHost = globalThis.asyncioTsHost;
const __plainFormat = globalThis.__asyncioTsNode.format;
// A binding of the program's scope, as process below: the context's own console writes nowhere.
const console = {
  log: (...values) => __plainHost.write("stdout", __plainFormat(...values) + "\n"),
  error: (...values) => __plainHost.write("stderr", __plainFormat(...values) + "\n"),
};
const process = {
  stdout: { write: (text) => (__plainHost.write("stdout", String(text)), true) },
  stderr: { write: (text) => (__plainHost.write("stderr", String(text)), true) },
};
const __plainTimers = (() => {
  const realImmediate = globalThis.setImmediate;
  const realTimeout = globalThis.setTimeout;
  // Node: a delay under 1 ms (or not a number) is 1 ms, and fractions are dropped.
  const delayOf = (ms) => { const d = Math.trunc(Number(ms)); return d >= 1 ? d : 1; };
  if (__plainHost.clock !== "virtual") {
    return {
      sleep: (ms, value) => new Promise((resolve) => realTimeout(() => resolve(value), delayOf(ms))),
      setImmediate: (value) => new Promise((resolve) => realImmediate(() => resolve(value))),
      now: () => globalThis.performance.now(),
    };
  }
  let now = 0;
  let seq = 0;
  let running = false;
  const timers = [];
  let immediates = [];
  const byDeadline = (a, b) => a.at - b.at || a.seq - b.seq;
  // One callback per real macrotask, so the microtasks each one queues run before the next, as in Node.
  const each = (callbacks, done) => {
    let i = 0;
    const next = () => {
      if (i >= callbacks.length) return done();
      callbacks[i++]();
      realImmediate(next);
    };
    next();
  };
  const iterate = () => {
    timers.sort(byDeadline);
    const due = [];
    while (timers.length > 0 && timers[0].at <= now) due.push(timers.shift().fire);
    each(due, () => {
      const check = immediates;
      immediates = [];
      each(check, () => {
        if (immediates.length === 0 && timers.length === 0) { running = false; return; }
        if (immediates.length === 0) { timers.sort(byDeadline); now = Math.max(now, timers[0].at); }
        realImmediate(iterate);
      });
    });
  };
  const wake = () => { if (!running) { running = true; realImmediate(iterate); } };
  return {
    sleep: (ms, value) => new Promise((resolve) => { timers.push({ at: now + delayOf(ms), seq: seq++, fire: () => resolve(value) }); wake(); }),
    setImmediate: (value) => new Promise((resolve) => { immediates.push(() => resolve(value)); wake(); }),
    now: () => now,
  };
})();
// performance.now() reads the run's clock: on the virtual one, the time its timers have reached.
const performance = { now: __plainTimers.now };
`;

/** The plain program as one script for the worker runner: the prelude, its timer imports bound, the program. */
export function plainRunnableJs(plain: Pick<PlainTranslation, "programJs" | "timerImports">): string {
  const imports = plain.timerImports.map((name) => `const ${name} = __plainTimers.${name};\n`).join("");
  // Inside an async function: the program's top-level await, and our names stay out of the global scope.
  return `(async () => {\n${plainPrelude}\n${imports}${plain.programJs}\n})();\n`;
}

export function runPlain(plain: Pick<PlainTranslation, "programJs" | "timerImports">, options: RunOptions): Promise<RunResult> {
  return runJavaScript(plainRunnableJs(plain), options);
}
