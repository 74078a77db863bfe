// Shared by the runtime tests: run Python with python3 (the source of every expected output), and run the
// hand-translated TypeScript equivalent on our runtime with a virtual clock, capturing what it prints.
import { runPython as runInterpreter } from "../../src/run/pythonRunner";
import type { AsyncioTsHost } from "../../src/runtime/host";
import { repr } from "../../src/runtime/repr";
import { run, taskCounters, type Coroutine } from "../../src/runtime/tasks";

export interface Output {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

/** Run a Python program with python3 (the project's one Python runner) and return what it printed. */
export async function runPython(source: string): Promise<Output> {
  const r = await runInterpreter("python3", source);
  if (r.error !== undefined) throw new Error(r.error);
  return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode ?? -1 };
}

/** Evaluate Python expressions with python3; each result is the printed line. */
export async function pythonLines(program: string): Promise<string[]> {
  const out = await runPython(program);
  if (out.exitCode !== 0) throw new Error(out.stderr);
  return out.stdout.replace(/\n$/, "").split("\n");
}

/** A Python expression, the runtime call that should give the same value, and its static type for repr. */
export type ReprCase = readonly [python: string, ours: () => unknown, type?: string];

/**
 * Evaluate each case's Python expression with python3 (after `prelude`) and its runtime call here, both as repr()
 * (an exception as its repr); returns the cases that differ, one block each ("" when none).
 */
export async function reprMismatches(prelude: readonly string[], cases: readonly ReprCase[]): Promise<string> {
  const program = [...prelude, "def show(f):", "    try: print(repr(f()))", "    except Exception as e: print(repr(e))"]
    .concat(cases.map(([py]) => `show(lambda: ${py})`))
    .join("\n");
  const expected = await pythonLines(program);
  const ours = (run: () => unknown, type?: string): string => {
    try {
      return repr(run(), type);
    } catch (e) {
      return repr(e);
    }
  };
  return cases
    .map(([py, run, type], i) => ({ py, want: expected[i], got: ours(run, type) }))
    .filter((m) => m.want !== m.got)
    .map((m) => `${m.py}\n    python: ${m.want}\n    ours:   ${m.got}`)
    .join("\n");
}

/** Run `main` with asyncio.run semantics on a virtual clock; resolve with the output when it ends or exits. */
export async function runOurs(main: Coroutine<unknown>): Promise<Output> {
  const g = globalThis as { asyncioTsHost?: AsyncioTsHost };
  const saved = g.asyncioTsHost;
  let stdout = "";
  let stderr = "";
  taskCounters.nextName = 1; // a fresh python process numbers its tasks from Task-1
  try {
    return await new Promise<Output>((resolve) => {
      g.asyncioTsHost = {
        clock: "virtual",
        write: (stream, text) => {
          if (stream === "stdout") stdout += text;
          else stderr += text;
        },
        exit: (code) => resolve({ stdout, stderr, exitCode: code }),
      };
      run(main).then(() => resolve({ stdout, stderr, exitCode: 0 }));
    });
  } finally {
    g.asyncioTsHost = saved;
  }
}

/** The last line of stderr (CPython's traceback ends with "ValueError: boom"). */
export function lastLine(text: string): string {
  return text.trimEnd().split("\n").pop() ?? "";
}
