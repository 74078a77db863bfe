/**
 * Runs a translation in this process, in its module form (the program against `asyncio-ts/runtime`), with a
 * fresh instance of the runtime loaded from src/runtime for each run. Made for mutation testing: a mutant that
 * StrykerJS plants in the runtime is switched on inside this process, where a child process (runJavaScript, the
 * CLI) would run the generated helper table instead. The ending is the runners' own: the host and the handling
 * of an error nobody caught come from the prelude the child process and the panel's worker use.
 */
import { createRequire } from "node:module";
import path from "node:path";
import { workerPrelude } from "../../src/run/prelude";
import type { Translation } from "../../src/pipeline";
import type { RunOutput } from "./fixtures";

const runtimeDir = path.join(__dirname, "..", "..", "src", "runtime");
const load = createRequire(__filename);

type Runtime = Readonly<Record<string, unknown>>;

/**
 * A fresh instance of the runtime's modules: every run starts with CPython's fresh-process state (Task-1, no
 * loop). The instances other tests loaded go back into the module cache afterwards, so a later `require` of a
 * runtime module gets the instance its importers already hold.
 */
function freshRuntime(): Runtime {
  const runtimeKeys = Object.keys(load.cache).filter((key) => key.startsWith(runtimeDir + path.sep));
  const saved = runtimeKeys.map((key) => [key, load.cache[key]] as const);
  for (const key of runtimeKeys) delete load.cache[key];
  try {
    return load(path.join(runtimeDir, "index.ts")) as Runtime;
  } finally {
    for (const key of Object.keys(load.cache)) if (key.startsWith(runtimeDir + path.sep)) delete load.cache[key];
    for (const [key, module] of saved) load.cache[key] = module;
  }
}

interface Sink {
  write(stream: "stdout" | "stderr", text: string): boolean;
  event(event: unknown): void;
  exit(code: number): void;
}
interface PreludeHost {
  write(stream: "stdout" | "stderr", text: string): void;
  exit(code: number): void;
}
interface Prelude {
  makeHost(clock: "virtual" | "real", sink: Sink, maxEvents: number, trace: boolean): PreludeHost;
  end(host: PreludeHost, err: unknown, formatUncaught: unknown): void;
}

// The prelude is the runners' plain JavaScript (src/run/prelude.ts): evaluated as they evaluate it.
const prelude = new Function(`${workerPrelude}\nreturn { makeHost: __asyncioTsMakeHost, end: __asyncioTsEnd };`)() as Prelude;

const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as FunctionConstructor;

/** The program as a function of the runtime names it uses; with top-level await, an async one. */
function compileProgram(js: string, names: readonly string[]): (...values: unknown[]) => unknown {
  const body = `"use strict";\n${js}`;
  try {
    return new Function(...names, body) as (...values: unknown[]) => unknown;
  } catch (err) {
    if (!(err instanceof SyntaxError)) throw err;
    return new AsyncFunction(...names, body) as (...values: unknown[]) => unknown;
  }
}

export interface InProcessOptions {
  /** The Python file's path, which asyncio's reprs print. */
  readonly file: string;
  readonly asyncioDir?: string;
  readonly asyncioLines?: Readonly<Record<string, number>>;
  /** Wall-clock time after which the run is ended (exitCode null): a program that keeps the loop busy. */
  readonly timeLimitMs: number;
}

type Timers = Pick<typeof globalThis, "setImmediate" | "setTimeout" | "clearTimeout">;

/**
 * Run the translation on the virtual clock. It ends when the program exits (sys.exit, an uncaught error, the
 * loop stuck) or when it has nothing left to do (no macrotask or timer pending), as a process would.
 */
export async function runInProcess(t: Translation, options: InProcessOptions): Promise<RunOutput> {
  const g = globalThis as typeof globalThis & { asyncioTsHost?: unknown };
  const real: Timers = { setImmediate: g.setImmediate, setTimeout: g.setTimeout, clearTimeout: g.clearTimeout };
  const savedHost = g.asyncioTsHost;
  // Mocha's own listeners would fail the test for what is the program's uncaught error: set aside meanwhile.
  const savedUncaught = process.listeners("uncaughtException");
  const savedRejection = process.listeners("unhandledRejection");
  let stdout = "";
  let stderr = "";
  let exitCode: number | null = null;
  let finished = false;
  let pending = 0;
  const host = prelude.makeHost("virtual", {
    write(stream, text) {
      if (stream === "stdout") stdout += text;
      else stderr += text;
      return true;
    },
    event() {},
    exit(code) {
      exitCode = code;
      finished = true;
    },
  }, 0, false);
  const runtime = (() => {
    // The runtime reaches its timers through globalThis when it runs: these count what the program has pending.
    const timers = new Map<unknown, NodeJS.Timeout>();
    Object.assign(g, {
      setImmediate: (fn: () => void) => {
        pending++;
        return real.setImmediate(() => {
          pending--;
          if (!finished) fn();
        });
      },
      setTimeout: (fn: () => void, ms: number) => {
        pending++;
        const id = {};
        timers.set(id, real.setTimeout(() => {
          pending--;
          timers.delete(id);
          if (!finished) fn();
        }, ms));
        return id;
      },
      clearTimeout: (id: unknown) => {
        const timer = timers.get(id);
        if (timer === undefined) return;
        real.clearTimeout(timer);
        timers.delete(id);
        pending--;
      },
    });
    g.asyncioTsHost = Object.assign(host, { file: options.file, asyncioDir: options.asyncioDir, asyncioLines: options.asyncioLines });
    return freshRuntime();
  })();
  const fail = (err: unknown): void => {
    if (!finished) prelude.end(host, err, runtime["formatUncaught"]);
  };
  process.removeAllListeners("uncaughtException").on("uncaughtException", fail);
  process.removeAllListeners("unhandledRejection").on("unhandledRejection", fail);
  try {
    const names = t.helpers.names.filter((n) => !t.helpers.types.includes(n));
    try {
      const result = compileProgram(t.program.js, names)(...names.map((n) => runtime[n]));
      if (result instanceof Promise) result.catch(fail);
    } catch (err) {
      fail(err);
    }
    const deadline = Date.now() + options.timeLimitMs;
    // Each turn lets the program's pending macrotasks (queued before this one) run, with their microtasks.
    while (!finished && Date.now() < deadline) {
      await new Promise<void>((resolve) => real.setImmediate(resolve));
      if (pending === 0 && !finished) {
        exitCode = 0;
        finished = true;
      }
    }
    finished = true;
    return { stdout, stderr, exitCode };
  } finally {
    Object.assign(g, real);
    g.asyncioTsHost = savedHost;
    process.removeAllListeners("uncaughtException");
    process.removeAllListeners("unhandledRejection");
    for (const listener of savedUncaught) process.on("uncaughtException", listener);
    for (const listener of savedRejection) process.on("unhandledRejection", listener);
  }
}
