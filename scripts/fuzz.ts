/**
 * Long fuzzing runs (issue 6). Two parts, both reproducible from --seed:
 *
 *  1. Differential semantics: --count generated asyncio programs run by CPython (virtual clock) and by
 *     translate + runJavaScript (virtual clock); each mismatch is minimised and printed with both outputs
 *     (and, with --real, confirmed against CPython running the minimal program in real time).
 *  2. Robustness: --robust random programs and mutated fixtures through translate; any throw, hang (per-case
 *     limit) or diagnostic span outside the input is printed with its input.
 *
 *   npm run fuzz -- [--count 500] [--seed 1] [--robust 5000] [--parallel 2] [--max-coros 8] [--real] [--extended]
 *
 * --extended: the generator's extended vocabulary (cancellation, wait_for / timeout(), TaskGroup, queues,
 * gather(return_exceptions=True) over a cancelled task, call_soon, equal deadlines), as npm test's 200.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import fc from "fast-check";
import { createPythonParser } from "../src/python/parser";
import { loadFixtures } from "../test/support/fixtures";
import {
  asyncioProgram,
  differential,
  minimiseAsyncio,
  randomProgram,
  renderAsyncio,
  Rng,
  checkTranslate,
  mutate,
  mutationArb,
  type AsyncioProgram,
  type DifferentialOutcome,
} from "../test/support/pythonGen";


interface Options {
  readonly count: number;
  readonly seed: number;
  readonly robust: number;
  readonly parallel: number;
  readonly maxCoros: number;
  readonly real: boolean;
  readonly extended: boolean;
}

function options(): Options {
  const { values } = parseArgs({
    options: {
      count: { type: "string", default: "300" },
      seed: { type: "string", default: String(Date.now() % 1_000_000) },
      robust: { type: "string", default: "3000" },
      parallel: { type: "string", default: "2" },
      "max-coros": { type: "string", default: "8" },
      real: { type: "boolean", default: false },
      extended: { type: "boolean", default: false },
    },
  });
  return {
    count: Number(values.count),
    seed: Number(values.seed),
    robust: Number(values.robust),
    parallel: Number(values.parallel),
    maxCoros: Number(values["max-coros"]),
    real: values.real ?? false,
    extended: values.extended ?? false,
  };
}

async function differentialPart(opts: Options): Promise<number> {
  const programs: AsyncioProgram[] = Array.from({ length: opts.count }, (_, i) =>
    asyncioProgram(new Rng(opts.seed + i), { maxCoros: opts.maxCoros, maxSteps: 5, raiseChance: 0.15, vocabulary: opts.extended ? "extended" : "basic" }),
  );
  const started = performance.now();
  const outcomes: DifferentialOutcome[] = [];
  const batch = 50;
  for (let i = 0; i < programs.length; i += batch) {
    outcomes.push(...(await differential(programs.slice(i, i + batch).map(renderAsyncio), opts.parallel)));
    process.stderr.write(`\r  differential: ${outcomes.length}/${programs.length}`);
  }
  process.stderr.write("\n");
  const bad = outcomes.map((o, i) => ({ o, i })).filter(({ o }) => o.mismatch !== null);
  console.log(`differential${opts.extended ? " (extended vocabulary)" : ""}: ${outcomes.length} programs (seeds ${opts.seed}..${opts.seed + opts.count - 1}), ${bad.length} mismatches, ${((performance.now() - started) / 1000).toFixed(1)} s`);
  for (const { o, i } of bad) {
    const fails = async (p: AsyncioProgram): Promise<boolean> => (await differential([renderAsyncio(p)], 1))[0]!.mismatch !== null;
    const minimal = await minimiseAsyncio(programs[i]!, fails);
    const [m] = await differential([renderAsyncio(minimal)], 1);
    console.log(`\n=== mismatch, seed ${opts.seed + i}: ${o.mismatch}\n--- minimal program\n${m!.source}--- CPython stdout${m!.python.error ? ` (then ${m!.python.error})` : ""}\n${m!.python.stdout}--- asyncio-ts stdout${m!.ours?.error ? ` (then ${m!.ours.error})` : ""}\n${m!.ours?.stdout ?? "(no run)"}`);
    if (opts.real) console.log(`--- CPython in real time\n${realCpython(m!.source)}`);
  }
  return bad.length;
}

/** CPython running the program for real (no virtual clock), to confirm the reference output. */
function realCpython(source: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), "asyncio-ts-fuzz-"));
  try {
    const file = path.join(dir, "program.py");
    writeFileSync(file, source);
    try {
      return execFileSync("python3", [file], { encoding: "utf8", timeout: 30_000, stdio: ["ignore", "pipe", "pipe"] });
    } catch (error) {
      const e = error as { stdout?: string; stderr?: string };
      return `${e.stdout ?? ""}(exit != 0) ${(e.stderr ?? "").trimEnd().split("\n").pop() ?? ""}\n`;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function robustnessPart(opts: Options): Promise<number> {
  const parser = await createPythonParser();
  const fixtures = loadFixtures();
  const started = performance.now();
  const problems: string[] = [];
  const known = new Map<string, number>();
  let cases = 0;
  let slowest = 0;
  const check = (source: string): void => {
    cases++;
    const r = checkTranslate(parser, source, 3_000);
    slowest = Math.max(slowest, r.ms);
    if (r.knownCrash) known.set(r.knownCrash, (known.get(r.knownCrash) ?? 0) + 1);
    if (r.problem) problems.push(`${r.problem}\ninput: ${JSON.stringify(source)}`);
  };
  const half = Math.ceil(opts.robust / 2);
  fc.check(
    fc.property(fc.integer(), fc.integer({ min: 1, max: 40 }), (seed, size) => check(randomProgram(new Rng(seed), size))),
    { seed: opts.seed, numRuns: half },
  );
  fc.check(
    fc.property(fc.nat({ max: fixtures.length - 1 }), fc.array(mutationArb, { minLength: 1, maxLength: 4 }), (index, ms) => check(ms.reduce(mutate, fixtures[index]!.source))),
    { seed: opts.seed, numRuns: opts.robust - half },
  );
  console.log(
    `robustness: ${cases} cases, ${problems.length} problems, known crashes ${JSON.stringify(Object.fromEntries(known))}, slowest ${slowest.toFixed(0)} ms, ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  for (const p of problems.slice(0, 20)) console.log(`\n=== ${p}`);
  return problems.length;
}

async function main(): Promise<void> {
  const opts = options();
  console.log(`fuzz: seed ${opts.seed}`);
  const robust = opts.robust > 0 ? await robustnessPart(opts) : 0;
  const mismatches = opts.count > 0 ? await differentialPart(opts) : 0;
  process.exitCode = robust + mismatches > 0 ? 1 : 0;
}

void main();
