/** The CLI's commands over the pipeline and the shared run layer (src/run): translate, run, compare. */
import { dirname, resolve } from "node:path";
import { moduleFilesFor } from "../python/moduleFiles";
import { LineMap } from "../core/lineMap";
import type { Diagnostic } from "../core/diagnostics";
import { standaloneJs } from "../assemble";
import { translate, type Translation } from "../pipeline";
import { DEFAULT_PYTHON_OPTIONS, probePython, runPython } from "../run/pythonRunner";
import { runJavaScript } from "../run/runJavaScript";
import { unifiedDiff, verdict } from "../run/verdict";

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

export function formatDiagnostic(file: string, source: string, d: Diagnostic): string {
  const pos = new LineMap(source).format(d.span.start);
  return `${file}:${pos}: ${d.severity} ${d.code} ${d.message}`;
}

/** Translates and prints diagnostics; returns null (exit 2) when errors prevent a faithful translation. */
export async function translateOrReport(file: string, source: string, io: CliIo, modules = moduleFilesFor(file)): Promise<Translation | null> {
  const result = await translate(source, { modules: modules?.resolve });
  for (const d of result.diagnostics) io.stderr(formatDiagnostic(file, source, d) + "\n");
  return result.ok ? result : null;
}

export async function runCommand(file: string, source: string, io: CliIo, options: { realTime: boolean; timeLimitMs?: number }): Promise<number> {
  const result = await translateOrReport(file, source, io);
  if (!result) return 2;
  // CPython prints the script's absolute path in reprs (`coro=<work() running at FILE:3>`); standard input is <stdin>.
  const run = await runJavaScript(standaloneJs(result), { clock: options.realTime ? "real" : "virtual", timeLimitMs: options.timeLimitMs, events: false, ...scriptIdentity(file) });
  io.stdout(run.stdout);
  io.stderr(run.stderr);
  return run.exitCode;
}

/** How CPython names the script run as `python3 FILE`: its absolute path in reprs, the path as typed in sys.argv. */
function scriptIdentity(file: string): { file?: string; argv: string[] } {
  const stdin = file === "-" || file === "<stdin>";
  return stdin ? { argv: ["-"] } : { file: resolve(file), argv: [file] };
}

/** `asyncio-ts trace FILE.py`: the loop, step by step, as text (see run/traceRun.ts). */
export async function traceCommand(file: string, source: string, io: CliIo, options: { realTime: boolean; timeLimitMs?: number }): Promise<number> {
  const result = await translateOrReport(file, source, io);
  if (!result) return 2;
  const { traceTranslation, formatTrace } = await import("../run/traceRun");
  const { trace, run } = await traceTranslation(source, result, { clock: options.realTime ? "real" : "virtual", timeLimitMs: options.timeLimitMs });
  io.stdout(formatTrace(trace));
  if (run.stderr) io.stderr(run.stderr);
  return run.exitCode;
}

export async function compareCommand(file: string, source: string, io: CliIo, options: { python: string; realTime: boolean }): Promise<number> {
  // Task reprs show where this Python's asyncio is installed: asked while the translation is made, so both sides print the same path.
  const asking = probePython(options.python);
  const modules = moduleFilesFor(file);
  const result = await translateOrReport(file, source, io, modules);
  const probe = await asking;
  if (!result) return 2;
  if (probe.error !== undefined) return cannotCompare(io, probe.error);
  const [ours, theirs] = await Promise.all([runJavaScript(standaloneJs(result), { clock: options.realTime ? "real" : "virtual", events: false, argv: ["-"], asyncioDir: probe.asyncioDir, asyncioLines: probe.asyncioLines }), runPython(options.python, source, modules && modules.found.length > 0 ? { ...DEFAULT_PYTHON_OPTIONS, cwd: dirname(resolve(file)) } : DEFAULT_PYTHON_OPTIONS)]);
  if (theirs.error !== undefined) return cannotCompare(io, theirs.error);
  const outcome = verdict(ours, theirs);
  if (outcome.identical) {
    io.stdout(`${outcome.summary}\n`);
    return 0;
  }
  io.stdout(unifiedDiff(outcome.pythonLines, outcome.pythonChanged, outcome.oursLines, outcome.oursChanged, "CPython", "asyncio-ts"));
  if (outcome.exitNote !== null) io.stdout(`${outcome.exitNote}\n`);
  // The runtime's own warnings (output order CPython leaves to memory addresses) say why the two may differ.
  for (const line of ours.stderr.split("\n")) if (line.startsWith("asyncio-ts: warning ")) io.stderr(`${line}\n`);
  return 1;
}

/** The comparison cannot be made (no interpreter, or not Python 3): exit status 2, as for input that cannot be translated. */
export function cannotCompare(io: CliIo, reason: string): number {
  io.stderr(`asyncio-ts: could not compare: ${reason}\n`);
  return 2;
}
