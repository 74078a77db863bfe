/** The CLI's commands over the core pipeline: translate, run, compare. */
import { LineMap } from "../core/lineMap";
import type { Diagnostic } from "../core/diagnostics";
import { translate, type Translation } from "../pipeline";
import { runJavaScript } from "../run/runJavaScript";

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

export function formatDiagnostic(file: string, source: string, d: Diagnostic): string {
  const pos = new LineMap(source).format(d.span.start);
  return `${file}:${pos}: ${d.severity} ${d.code} ${d.message}`;
}

/** Translates and prints diagnostics; returns null (exit 2) when errors prevent a faithful translation. */
export async function translateOrReport(file: string, source: string, io: CliIo): Promise<Translation | null> {
  const result = await translate(source);
  for (const d of result.diagnostics) io.stderr(formatDiagnostic(file, source, d) + "\n");
  return result.ok ? result : null;
}

export async function runCommand(file: string, source: string, io: CliIo, options: { realTime: boolean; timeLimitMs?: number }): Promise<number> {
  const result = await translateOrReport(file, source, io);
  if (!result) return 2;
  const run = await runJavaScript(result.js, { clock: options.realTime ? "real" : "virtual", timeLimitMs: options.timeLimitMs, events: false });
  io.stdout(run.stdout);
  io.stderr(run.stderr);
  return run.exitCode;
}

export interface PythonRun {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

export async function runPython(python: string, source: string, timeoutMs = 30_000): Promise<PythonRun> {
  // Loaded on first use: child_process (with net, dgram and streams) would slow every cold `translate`.
  const { spawnSync } = await import("node:child_process");
  const r = spawnSync(python, ["-"], { input: source, encoding: "utf8", timeout: timeoutMs, env: { ...process.env, PYTHONHASHSEED: "0", PYTHONIOENCODING: "utf-8" } });
  if (r.error) return { stdout: "", stderr: `asyncio-ts: could not run ${python}: ${r.error.message}\n`, exitCode: 127 };
  return { stdout: r.stdout, stderr: r.stderr, exitCode: r.status ?? 1 };
}

export async function compareCommand(file: string, source: string, io: CliIo, options: { python: string; realTime: boolean }): Promise<number> {
  const result = await translateOrReport(file, source, io);
  if (!result) return 2;
  const [ours, theirs] = await Promise.all([
    runJavaScript(result.js, { clock: options.realTime ? "real" : "virtual", events: false }),
    runPython(options.python, source),
  ]);
  const oursLast = lastLine(ours.stderr);
  const theirsLast = lastLine(theirs.stderr);
  if (ours.stdout === theirs.stdout && ours.exitCode === theirs.exitCode && (ours.exitCode === 0 || oursLast === theirsLast)) {
    io.stdout(`identical: ${countLines(ours.stdout)} lines of output match CPython (${options.python})\n`);
    return 0;
  }
  io.stdout(unifiedDiff(theirs.stdout, ours.stdout, "CPython", "asyncio-ts"));
  if (ours.exitCode !== theirs.exitCode || oursLast !== theirsLast) {
    io.stdout(`exit status: CPython ${theirs.exitCode} (${theirsLast || "no error"}), asyncio-ts ${ours.exitCode} (${oursLast || "no error"})\n`);
  }
  return 1;
}

function lastLine(text: string): string {
  const lines = text.trimEnd().split("\n");
  return lines[lines.length - 1] ?? "";
}

function countLines(text: string): number {
  return text === "" ? 0 : text.split("\n").length - (text.endsWith("\n") ? 1 : 0);
}

/** A small line diff (longest common subsequence), printed in unified style without hunks' context limits. */
export function unifiedDiff(a: string, b: string, nameA: string, nameB: string): string {
  const x = a.split("\n");
  const y = b.split("\n");
  const lcs: number[][] = Array.from({ length: x.length + 1 }, () => new Array<number>(y.length + 1).fill(0));
  for (let i = x.length - 1; i >= 0; i--) {
    for (let j = y.length - 1; j >= 0; j--) lcs[i]![j] = x[i] === y[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  }
  const out = [`--- ${nameA}`, `+++ ${nameB}`];
  let i = 0;
  let j = 0;
  while (i < x.length || j < y.length) {
    if (i < x.length && j < y.length && x[i] === y[j]) {
      out.push(` ${x[i]}`);
      i++;
      j++;
    } else if (j < y.length && (i >= x.length || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) {
      out.push(`+${y[j]}`);
      j++;
    } else {
      out.push(`-${x[i]}`);
      i++;
    }
  }
  return out.join("\n") + "\n";
}
