/** Run a translation with the runtime's tracing on and build its loop trace (shared/loopTrace.ts); print it as text. */
import { standaloneJs, standaloneTraceMap } from "../assemble";
import type { Translation } from "../pipeline";
import { buildTrace, MAX_TRACE_STEPS, type LoopTrace, type TraceEntry, type TraceStep } from "../shared/loopTrace";
import type { TraceSource } from "../shared/tracePositions";
import { runJavaScript, type RunResult } from "./runJavaScript";

/** A trace asks for many more events than a timeline: every wait, iteration and run. */
const MAX_TRACE_EVENTS = 2_000_000;

export async function traceTranslation(python: string, translation: Translation, options: { clock?: "virtual" | "real"; timeLimitMs?: number; maxSteps?: number } = {}): Promise<{ trace: LoopTrace; run: RunResult }> {
  const js = standaloneJs(translation);
  const run = await runJavaScript(js, { clock: options.clock ?? "virtual", timeLimitMs: options.timeLimitMs, trace: true, maxEvents: MAX_TRACE_EVENTS });
  const trace = buildTrace(run.events, traceSource(python, translation, js, 0), options.maxSteps ?? MAX_TRACE_STEPS);
  return { trace, run };
}

/** What a trace needs to point back at the Python, for `js` = standaloneJs(translation) run at line `jsLineBase` of the host's script. */
export function traceSource(python: string, translation: Translation, js: string, jsLineBase: number): TraceSource {
  return { python, js, jsLineBase, ...standaloneTraceMap(translation) };
}

/** The trace as text, one block per loop step (for the CLI, tests and docs). */
export function formatTrace(trace: LoopTrace): string {
  const blocks = trace.steps.map((s, i) => formatStep(trace, s, trace.steps[i + 1]));
  if (trace.note) blocks.push(`note: ${trace.note}\n`);
  return blocks.join("\n");
}

function formatStep(trace: LoopTrace, step: TraceStep, next: TraceStep | undefined): string {
  const lines = [`step ${step.index + 1} · clock ${seconds(step.time)}${step.line === null ? "" : ` · line ${step.line}`}`];
  lines.push(`  ready: ${step.ready.length ? step.ready.map(entryText).join(" | ") : "(empty)"}`);
  if (step.timers.length) lines.push(`  timers: ${step.timers.map((t) => `${seconds(t.at)}${t.due ? " (due)" : ""} ${t.text}`).join(" | ")}`);
  for (const t of step.tasks) lines.push(`  ${t.name}: ${t.state}${t.detail ? ` ${t.detail}` : ""}${t.line === null ? "" : ` (line ${t.line})`}`);
  const printed = trace.output.slice(step.output, next ? next.output : trace.output.length);
  if (printed) lines.push(...printed.replace(/\n$/, "").split("\n").map((l) => `  > ${l}`));
  return lines.join("\n") + "\n";
}

function entryText(e: TraceEntry): string {
  return e.text;
}

export function seconds(t: number): string {
  return `${Number.isInteger(t) ? t.toFixed(1) : String(Number(t.toFixed(6)))} s`;
}
