/**
 * The order test's two sides: the order in which CPython's loop runs task steps and the program's callbacks
 * (scripts/cpython-order.py), and the same order read from our trace. Names are compared as CPython's
 * (task names) and, for callbacks, without case or underscores (the translation camelCases `on_done`).
 */
import { execFile, execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { LoopTrace } from "../shared/loopTrace";

const script = path.join(__dirname, "..", "..", "scripts", "cpython-order.py");

/** The interpreter `python` names, resolved once (a pyenv shim costs a second or more per run). */
export function pythonExecutable(python = "python3"): string {
  return execFileSync(python, ["-c", "import sys; print(sys.executable)"], { encoding: "utf8" }).trim();
}

/**
 * CPython's order for the program in `file`, null if the recorder wrote none, and the places where CPython
 * ordered tasks by iterating a set (`unordered`: then its order is an accident of memory addresses).
 */
export async function cpythonOrder(file: string, python = "python3", timeoutMs = 30_000): Promise<{ order: string[] | null; unordered: string[]; exitCode: number | null }> {
  const dir = mkdtempSync(path.join(tmpdir(), "asyncio-ts-order-"));
  const out = path.join(dir, "order.json");
  try {
    const exitCode = await new Promise<number | null>((resolve) => {
      const child = execFile(python, [script, file, out], { timeout: timeoutMs, env: { ...process.env, PYTHONHASHSEED: "0" } }, () => resolve(child.exitCode));
    });
    let recorded: { order: string[]; unordered: string[] } | null = null;
    try {
      recorded = JSON.parse(readFileSync(out, "utf8")) as { order: string[]; unordered: string[] };
    } catch {
      recorded = null;
    }
    return { order: recorded?.order.map(normalize) ?? null, unordered: recorded?.unordered ?? [], exitCode };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Our side: every task step (and, with `callbacks`, every callback of the program) the trace says the loop
 * ran, in order. Callbacks are compared only on request: their names do not survive translation reliably
 * (a bound method or a builtin passed to call_soon becomes an arrow function).
 */
export function traceOrder(trace: LoopTrace, programFunctions: ReadonlySet<string>, callbacks = false): string[] {
  const order: string[] = [];
  for (const step of trace.steps) {
    for (const entry of step.ran) {
      if (entry.task !== null) order.push(entry.task);
      else if (!callbacks) continue;
      else if (entry.callback === "") order.push("cb:<lambda>");
      else if (entry.callback !== null && programFunctions.has(squash(entry.callback))) order.push(normalize(`cb:${entry.callback}`));
      else if (entry.doneCallback && programFunctions.has(squash(entry.doneCallback))) order.push(normalize(`cb:${entry.doneCallback}`));
    }
  }
  return order;
}

/** Task steps only, from CPython's order (which has the program's callbacks too). */
export function tasksOnly(order: readonly string[]): string[] {
  return order.filter((x) => !x.startsWith("cb:"));
}

/** Names of the functions the Python program defines (a callback of one of them is the program's own; CPython records only those). */
export function pythonFunctionNames(python: string): Set<string> {
  return new Set([...python.matchAll(/^\s*(?:async\s+)?def\s+(\w+)/gm)].map((m) => squash(m[1] as string)));
}

function squash(name: string): string {
  return name.replace(/_/g, "").toLowerCase();
}

function normalize(entry: string): string {
  return entry.startsWith("cb:") ? `cb:${squash(entry.slice(3))}` : entry;
}
