/** `--plain`: the CLI's translate, run and compare over the plain-TypeScript view (src/plain). */
import { writeFileSync } from "node:fs";
import { moduleTs, standaloneJs } from "../assemble";
import { LineMap } from "../core/lineMap";
import { translatePlain, type PlainTranslation } from "../plain/index";
import { runPlain } from "../run/plainRun";
import { probePython, runPython } from "../run/pythonRunner";
import { runJavaScript } from "../run/runJavaScript";
import { unifiedDiff, verdict, type PythonOutput, type RunOutput } from "../run/verdict";
import { cannotCompare, formatDiagnostic, type CliIo } from "./commands";

/**
 * Translates to plain TypeScript; refusals (and the exact translation's own errors) go to stderr as
 * `FILE:LINE:COL: error PT4001 message (exact translation: LINE:COL)`; returns null when there is no plain form.
 */
export async function plainOrReport(file: string, source: string, io: CliIo): Promise<PlainTranslation | null> {
  const plain = await translatePlain(source);
  if (!plain.exact.ok) {
    for (const d of plain.exact.diagnostics) io.stderr(formatDiagnostic(file, source, d) + "\n");
    return null;
  }
  if (!plain.ok) {
    // The refusals' `exact` spans are offsets into the exact translation's module text.
    const exactText = new LineMap(moduleTs(plain.exact));
    for (const r of plain.refusals) io.stderr(`${formatDiagnostic(file, source, r)}${r.exact ? ` (exact translation: ${exactText.format(r.exact.start)})` : ""}\n`);
    io.stderr(`asyncio-ts: no plain TypeScript form; \`asyncio-ts translate ${file}\` gives the exact translation\n`);
    return null;
  }
  return plain;
}

/**
 * Each difference from CPython as `FILE:LINE:COL: difference KIND title (plain TypeScript LINE:COL)`; with
 * `explain`, its explanation follows, indented, once per kind (the same text under each place would only repeat).
 */
export function formatDifferences(file: string, source: string, plain: PlainTranslation, explain = false): string {
  const py = new LineMap(source);
  const ts = new LineMap(plain.ts);
  const explained = new Set<string>();
  return plain.differences
    .map((d) => {
      const line = `${file}:${py.format(d.py.start)}: difference ${d.kind} ${d.title}${d.ts ? ` (plain TypeScript ${ts.format(d.ts.start)})` : ""}\n`;
      if (!explain || explained.has(d.kind)) return line;
      explained.add(d.kind);
      return `${line}    ${d.explanation}\n`;
    })
    .join("");
}

export async function plainTranslateCommand(file: string, source: string, io: CliIo, options: { js: boolean; output?: string }): Promise<number> {
  const plain = await plainOrReport(file, source, io);
  if (!plain) return 2;
  const text = options.js ? plain.js : plain.ts;
  if (options.output) writeFileSync(options.output, text);
  else io.stdout(text);
  io.stderr(formatDifferences(file, source, plain));
  return 0;
}

export async function plainRunCommand(file: string, source: string, io: CliIo, options: { realTime: boolean; timeLimitMs?: number }): Promise<number> {
  const plain = await plainOrReport(file, source, io);
  if (!plain) return 2;
  const run = await runPlain(plain, { clock: options.realTime ? "real" : "virtual", timeLimitMs: options.timeLimitMs, events: false });
  io.stdout(run.stdout);
  io.stderr(run.stderr);
  return run.exitCode;
}

/**
 * The plain TypeScript against CPython, then against the exact translation: "identical" or a unified diff (and the
 * endings when they differ) for each, then every difference from CPython with its explanation. The exit status is
 * CPython's verdict: 0 when the plain TypeScript prints what CPython prints.
 */
export async function plainCompareCommand(file: string, source: string, io: CliIo, options: { python: string; realTime: boolean }): Promise<number> {
  const asking = probePython(options.python);
  const plain = await plainOrReport(file, source, io);
  const probe = await asking;
  if (!plain) return 2;
  if (probe.error !== undefined) return cannotCompare(io, probe.error);
  const clock = options.realTime ? "real" : "virtual";
  const [ours, theirs, exact] = await Promise.all([
    runPlain(plain, { clock, events: false }),
    runPython(options.python, source),
    runJavaScript(standaloneJs(plain.exact), { clock, events: false, argv: ["-"], asyncioDir: probe.asyncioDir, asyncioLines: probe.asyncioLines }),
  ]);
  if (theirs.error !== undefined) return cannotCompare(io, theirs.error);
  const identical = against(io, ours, theirs, "CPython");
  against(io, ours, { ...exact, python: "the exact translation" }, "the exact translation");
  const differences = formatDifferences(file, source, plain, true);
  if (differences !== "") io.stdout(`\nwhere plain TypeScript may differ from CPython:\n${differences}`);
  return identical ? 0 : 1;
}

/** One comparison, headed by what the plain TypeScript is compared with; whether the two are identical. */
function against(io: CliIo, ours: RunOutput, other: PythonOutput, name: string): boolean {
  const outcome = verdict(ours, other, { ours: "plain TypeScript", theirs: name });
  io.stdout(`plain TypeScript against ${name}: `);
  if (outcome.identical) io.stdout(`${outcome.summary}\n`);
  else io.stdout(`${outcome.summary}\n${unifiedDiff(outcome.pythonLines, outcome.pythonChanged, outcome.oursLines, outcome.oursChanged, name, "plain TypeScript")}`);
  if (outcome.exitNote !== null) io.stdout(`${outcome.exitNote}\n`);
  return outcome.identical;
}
