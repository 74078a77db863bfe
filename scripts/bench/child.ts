/**
 * One measured pass of `npm run bench`, in its own process so its peak RSS is its own:
 *
 *   node CHILD parse|pipeline LISTFILE
 *   node CHILD latency FILE RUNS
 *   node CHILD small LISTFILE RUNS   (each file warm, RUNS times: the median over files of each file's median)
 *
 * CHILD is this file bundled by esbuild (how the CLI and the extension ship it) or run with tsx.
 * LISTFILE holds one .py path per line. Warms up on a few files first (the JIT), then times
 * parser.parse (parse) or parse + translate + print TS and JS (pipeline) over every file, and prints one
 * JSON line: time, bytes, files with errors / warnings, crashes (any exception, with its top frame), the
 * slowest files, and process.resourceUsage().maxRSS.
 */
import { readFileSync } from "node:fs";
import { translateParsed } from "../../src/pipeline";
import { createPythonParser } from "../../src/python/parser";

export interface ChildResult {
  readonly mode: "parse" | "pipeline";
  readonly files: number;
  readonly bytes: number;
  readonly ms: number;
  readonly errorFiles: number;
  readonly warningFiles: number;
  readonly crashes: readonly { readonly file: string; readonly error: string; readonly frame: string }[];
  readonly slowest: readonly { readonly file: string; readonly ms: number }[];
  readonly maxRssKB: number;
}

/** The most frequent frame of ours in the stack (for a stack overflow: the recursion), else the top one. */
function topFrame(error: unknown): string {
  const stack = error instanceof Error ? (error.stack ?? "") : "";
  const frames = stack.split("\n").filter((l) => /\/src\//.test(l)).map((l) => l.trim().replace(/^at /, "").replace(/\(.*\/src\//, "(src/"));
  const counts = new Map<string, number>();
  for (const f of frames) counts.set(f, (counts.get(f) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? stack.split("\n")[1]?.trim() ?? "";
}

export interface LatencyResult {
  readonly mode: "latency";
  readonly p50: number;
  readonly p95: number;
}

/** Translating one selection again and again, as the extension does on each command: parse + translate + print. */
async function latency(file: string, runs: number): Promise<LatencyResult> {
  const source = readFileSync(file, "utf8");
  const parser = await createPythonParser();
  for (let i = 0; i < 30; i++) translateParsed(source, parser.parse(source));
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    translateParsed(source, parser.parse(source));
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  const at = (p: number) => samples[Math.round((p / 100) * (samples.length - 1))]!;
  return { mode: "latency", p50: at(50), p95: at(95) };
}

export interface SmallResult {
  readonly mode: "small";
  readonly median: number;
  readonly mean: number;
}

/** Whole small programs translated warm (as the extension translates a lesson file), each `runs` times. */
async function small(listFile: string, runs: number): Promise<SmallResult> {
  const sources = readFileSync(listFile, "utf8").split("\n").filter(Boolean).map((f) => readFileSync(f, "utf8"));
  const parser = await createPythonParser();
  for (let round = 0; round < 3; round++) for (const s of sources) translateParsed(s, parser.parse(s));
  const medians = sources.map((s) => {
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      translateParsed(s, parser.parse(s));
      samples.push(performance.now() - t);
    }
    return samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)]!;
  });
  medians.sort((a, b) => a - b);
  return { mode: "small", median: medians[Math.floor(medians.length / 2)]!, mean: medians.reduce((a, b) => a + b, 0) / medians.length };
}

async function main(): Promise<void> {
  Error.stackTraceLimit = 200;
  if (process.argv[2] === "small") {
    process.stdout.write(JSON.stringify(await small(process.argv[3]!, Number(process.argv[4]))) + "\n");
    return;
  }
  if (process.argv[2] === "latency") {
    process.stdout.write(JSON.stringify(await latency(process.argv[3]!, Number(process.argv[4]))) + "\n");
    return;
  }
  const [mode, listFile] = process.argv.slice(2) as ["parse" | "pipeline", string];
  const files = readFileSync(listFile, "utf8").split("\n").filter(Boolean);
  const sources = files.map((f) => readFileSync(f, "utf8"));
  const parser = await createPythonParser();
  const warm = sources.slice(0, Math.min(20, sources.length));
  for (let round = 0; round < 3; round++) {
    for (const s of warm) {
      try {
        const parsed = parser.parse(s);
        if (mode === "pipeline") translateParsed(s, parsed);
      } catch {
        // counted in the measured pass
      }
    }
  }
  let errorFiles = 0;
  let warningFiles = 0;
  const crashes: { file: string; error: string; frame: string }[] = [];
  const times: { file: string; ms: number }[] = [];
  const started = performance.now();
  for (let i = 0; i < files.length; i++) {
    const t = performance.now();
    try {
      const parsed = parser.parse(sources[i]!);
      const diagnostics = mode === "pipeline" ? translateParsed(sources[i]!, parsed).diagnostics : parsed.diagnostics;
      if (diagnostics.some((d) => d.severity === "error")) errorFiles++;
      else if (diagnostics.some((d) => d.severity === "warning")) warningFiles++;
    } catch (error) {
      crashes.push({ file: files[i]!, error: String(error).slice(0, 200), frame: topFrame(error) });
    }
    times.push({ file: files[i]!, ms: performance.now() - t });
  }
  const ms = performance.now() - started;
  const result: ChildResult = {
    mode,
    files: files.length,
    bytes: files.reduce((n, f) => n + readFileSync(f).length, 0),
    ms,
    errorFiles,
    warningFiles,
    crashes,
    slowest: times.sort((a, b) => b.ms - a.ms).slice(0, 5),
    maxRssKB: process.resourceUsage().maxRSS,
  };
  process.stdout.write(JSON.stringify(result) + "\n");
}

void main();
