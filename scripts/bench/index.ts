/**
 * `npm run bench [-- --quick] [-- --profile]`: asyncio-ts against CPython, measured in the same run on the
 * same machine, printed as a markdown table (docs/performance.md records a run and the targets).
 *
 *   --quick     every 10th stdlib file, fewer latency and run samples (about a minute)
 *   --profile   also run the stdlib pipeline pass under `node --cpu-prof` and print the top functions
 *   --json F    also write the raw results to F
 */
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { build } from "esbuild";
import { translate } from "../../src/pipeline";
import { standaloneJs } from "../../src/assemble";
import { prepareRunProcess, runJavaScript } from "../../src/run/runJavaScript";
import { pythonFiles, stdlibDir } from "../astCompare";
import type { ChildResult, LatencyResult, SmallResult } from "./child";
import { summariseProfile } from "./profile";
import { fixtureRunPath } from "../../test/support/fixtures";

const root = path.join(__dirname, "..", "..");
const fixturesDir = path.join(root, "test", "fixtures");
const seedFile = path.join(root, "..", "shared", "seed", "gather_return_values.py");
const selectionFile = path.join(fixturesDir, "app_pipeline_three_stages.py");

interface CpythonList {
  readonly files: number;
  readonly bytes: number;
  readonly parsed: number;
  readonly parseErrors: number;
  readonly parseMs: number;
  readonly parseCompileMs: number;
}
interface CpythonTimings {
  readonly version: string;
  readonly lists: Record<string, CpythonList>;
  readonly latency: { readonly p50: number; readonly p95: number };
}

const { values: args } = parseArgs({ options: { quick: { type: "boolean" }, profile: { type: "boolean" }, json: { type: "string" } } });
const quick = args.quick ?? false;
const tmp = mkdtempSync(path.join(tmpdir(), "asyncio-ts-bench-"));
const rows: string[][] = [];
const raw: Record<string, unknown> = {};

const log = (msg: string): void => void process.stderr.write(`bench: ${msg}\n`);
const fmt = (n: number, digits = 1): string => (Math.abs(n) >= 100 ? n.toFixed(0) : n.toFixed(digits));
const mb = (bytes: number): number => bytes / 1e6;
const row = (...cells: string[]): void => void rows.push(cells);

function listFile(name: string, files: readonly string[]): string {
  const file = path.join(tmp, `${name}.txt`);
  writeFileSync(file, files.join("\n") + "\n");
  return file;
}

/**
 * child.ts bundled by esbuild, as the CLI and the extension are shipped (running through tsx costs about
 * twice the latency), with the parser's wasm files beside it.
 */
async function bundleChild(): Promise<string> {
  const outfile = path.join(tmp, "child.cjs");
  await build({
    entryPoints: [path.join(__dirname, "child.ts")],
    outfile,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    logLevel: "warning",
    define: { "import.meta.url": "importMetaUrl" },
    banner: { js: 'const importMetaUrl = require("url").pathToFileURL(__filename).href;' },
  });
  for (const wasm of ["web-tree-sitter/tree-sitter.wasm", "tree-sitter-python/tree-sitter-python.wasm"]) copyFileSync(require.resolve(wasm), path.join(tmp, path.basename(wasm)));
  return outfile;
}

let bundledChild = "";

/** Runs a measured pass in its own process, so that --cpu-prof and maxRSS are that pass's own. */
function child<R = ChildResult>(args: readonly string[], extraNodeArgs: readonly string[] = []): R {
  // A profile is read by source file, so it runs the sources through tsx (`node --import tsx`, not the tsx
  // CLI, which would run the script in a second process).
  const script = extraNodeArgs.includes("--cpu-prof") ? ["--import", "tsx", path.join(__dirname, "child.ts")] : [bundledChild];
  const out = execFileSync(process.execPath, [...extraNodeArgs, ...script, ...args], {
    encoding: "utf8",
    maxBuffer: 1 << 26,
    cwd: root,
    stdio: ["ignore", "pipe", "inherit"],
  });
  return JSON.parse(out.trim().split("\n").pop()!) as R;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.round((p / 100) * (sorted.length - 1))))]!;
}

function median(values: readonly number[]): number {
  return percentile([...values].sort((a, b) => a - b), 50);
}

/** The CLI's code cache (src/cli/launcher.ts) in a folder of this run, or off. */
const cliCache = { ...process.env, ASYNCIO_TS_CACHE_DIR: path.join(tmp, "v8cache") };
const cliNoCache = { ...process.env, ASYNCIO_TS_CACHE_DIR: "" };

function wallOf(command: string, argv: readonly string[], env: NodeJS.ProcessEnv = process.env): number {
  const t = performance.now();
  const r = spawnSync(command, argv, { encoding: "utf8", env, stdio: ["pipe", "pipe", "pipe"], cwd: root, timeout: 120_000 });
  if (r.error) throw r.error;
  return performance.now() - t;
}

function fileSize(file: string): string {
  return existsSync(file) ? `${(statSync(file).size / 1024).toFixed(0)} KiB` : "absent";
}

async function main(): Promise<void> {
  const stdlib = stdlibDir();
  const allStdlib = pythonFiles(stdlib);
  const stdlibFiles = quick ? allStdlib.filter((_, i) => i % 10 === 0) : allStdlib;
  bundledChild = await bundleChild();
  const asyncioFiles = pythonFiles(path.join(stdlib, "asyncio"));
  const fixtureFiles = readdirSync(fixturesDir).filter((f) => f.endsWith(".py")).sort().map((f) => path.join(fixturesDir, f));
  const latencyRuns = quick ? 100 : 300;
  const small = fixtureFiles.filter((f) => {
    const lines = readFileSync(f, "utf8").split("\n").length;
    return lines >= 20 && lines <= 60;
  });

  log(`CPython ast.parse / compile over ${stdlibFiles.length} stdlib files, asyncio/ and the fixtures`);
  const py = JSON.parse(
    execFileSync("python3", [path.join(__dirname, "cpython_timing.py")], {
      input: JSON.stringify({ lists: { stdlib: stdlibFiles, asyncio: asyncioFiles, fixtures: fixtureFiles, small }, latency: { path: selectionFile, runs: latencyRuns } }),
      encoding: "utf8",
      maxBuffer: 1 << 26,
    }),
  ) as CpythonTimings;
  raw.cpython = py;

  // Parse: our adapter vs ast.parse.
  log("our parser over the stdlib");
  const stdlibList = listFile("stdlib", stdlibFiles);
  const parse = child(["parse", stdlibList]);
  raw.parse = parse;
  const cpParse = py.lists.stdlib!;
  row("Parse, stdlib", `${parse.files} files, ${fmt(mb(parse.bytes))} MB`, `${fmt(parse.files / (parse.ms / 1000))} files/s, ${fmt(mb(parse.bytes) / (parse.ms / 1000), 2)} MB/s`,
    `ast.parse: ${fmt(cpParse.files / (cpParse.parseMs / 1000))} files/s, ${fmt(mb(cpParse.bytes) / (cpParse.parseMs / 1000), 2)} MB/s`, `${(cpParse.parseMs / parse.ms).toFixed(2)}x`);

  // Full pipeline: fixtures, asyncio/, stdlib.
  const pipelines: Record<string, ChildResult> = {};
  for (const [name, files] of [["fixtures", fixtureFiles], ["asyncio", asyncioFiles], ["stdlib", stdlibFiles]] as const) {
    log(`full pipeline over ${name} (${files.length} files)`);
    const r = child(["pipeline", name === "stdlib" ? stdlibList : listFile(name, files)]);
    pipelines[name] = r;
    const cp = py.lists[name]!;
    row(`Pipeline, ${name}`, `${r.files} files, ${fmt(mb(r.bytes), 2)} MB; ${r.errorFiles} with errors, ${r.warningFiles} warnings only, ${r.crashes.length} crashes`,
      `${fmt(r.files / (r.ms / 1000))} files/s, ${fmt(mb(r.bytes) / (r.ms / 1000), 2)} MB/s`,
      `ast.parse+compile: ${fmt(cp.parsed / (cp.parseCompileMs / 1000))} files/s, ${fmt(mb(cp.bytes) / (cp.parseCompileMs / 1000), 2)} MB/s; ast.parse alone ${fmt(mb(cp.bytes) / (cp.parseMs / 1000), 2)} MB/s`,
      `${(cp.parseCompileMs / r.ms).toFixed(2)}x (vs parse alone ${(cp.parseMs / r.ms).toFixed(2)}x)`);
  }
  raw.pipelines = pipelines;
  row("Peak RSS, stdlib pipeline", `process.resourceUsage().maxRSS of the child`, `${fmt(pipelines.stdlib!.maxRssKB / 1024)} MiB`, "", "");

  // Latency of a 50-line selection.
  log("latency of a 50-line selection, warm and cold");
  const warm = child<LatencyResult>(["latency", selectionFile, String(latencyRuns)]);
  const cli = path.join(root, "dist", "cli.js");
  const coldRuns = quick ? 5 : 9;
  wallOf(process.execPath, [cli, "translate", selectionFile], cliCache); // the first run writes the code cache
  const cold = Array.from({ length: coldRuns }, () => wallOf(process.execPath, [cli, "translate", selectionFile], cliCache));
  const coldNoCache = Array.from({ length: coldRuns }, () => wallOf(process.execPath, [cli, "translate", selectionFile], cliNoCache));
  const nodeBare = Array.from({ length: coldRuns }, () => wallOf(process.execPath, ["-e", "0"]));
  const pyCold = Array.from({ length: coldRuns }, () => wallOf("python3", ["-c", "import ast,sys; compile(ast.parse(open(sys.argv[1],'rb').read()), 'x', 'exec')", selectionFile]));
  raw.latency = { warm, cold, coldNoCache, nodeBare, pyCold };
  row("Latency, 50-line selection, warm", path.basename(selectionFile), `p50 ${fmt(warm.p50, 2)} ms, p95 ${fmt(warm.p95, 2)} ms`,
    `ast.parse+compile p50 ${fmt(py.latency.p50, 2)} ms, p95 ${fmt(py.latency.p95, 2)} ms`, `${(py.latency.p95 / warm.p95).toFixed(2)}x (p95)`);
  row("Latency, cold (node dist/cli.js translate)", `median of ${coldRuns} processes`, `${fmt(median(cold))} ms from the code cache, ${fmt(median(coldNoCache))} ms without (bare node -e 0: ${fmt(median(nodeBare))} ms)`,
    `python3 -c ast.parse+compile: ${fmt(median(pyCold))} ms`, `${(median(pyCold) / median(cold)).toFixed(2)}x`);

  // Warm translation of small whole programs (20-60 lines of the fixture corpus), medians over the files.
  const smallWarm = child<SmallResult>(["small", listFile("small", small), String(quick ? 5 : 15)]);
  raw.small = smallWarm;
  row("Latency, small whole programs, warm", `${small.length} fixtures of 20-60 lines, median over files of each file's median`, `median ${fmt(smallWarm.median, 2)} ms, mean ${fmt(smallWarm.mean, 2)} ms`,
    `ast.parse+compile: mean ${fmt(py.lists.small!.parseCompileMs / py.lists.small!.parsed, 2)} ms per file`, `${(py.lists.small!.parseCompileMs / py.lists.small!.parsed / smallWarm.mean).toFixed(2)}x (means)`);

  // Runs: the seed example, and every fixture.
  log("running the seed example and the fixture corpus (ours, then CPython)");
  if (existsSync(seedFile)) {
    const seedSource = readFileSync(seedFile, "utf8");
    await translate(seedSource); // the parser's wasm is loaded once per process: not part of a run
    const seedJs = standaloneJs(await translate(seedSource));
    // The run alone, in process: a new child process each time, then one prepared while idle
    // (prepareRunProcess, as the CLI does before translating). Medians; the process start is the difference.
    const runOnce = async (prepared: boolean): Promise<number> => {
      if (prepared) {
        await prepareRunProcess();
        await new Promise((r) => setTimeout(r, 300)); // the user reading the panel: the process is up
      }
      const t = performance.now();
      await runJavaScript(seedJs, { clock: "virtual", events: false });
      return performance.now() - t;
    };
    const seedRuns = quick ? 5 : 11;
    const coldWorker: number[] = [];
    const preparedWorker: number[] = [];
    for (let i = 0; i < seedRuns; i++) {
      coldWorker.push(await runOnce(false));
      preparedWorker.push(await runOnce(true));
    }
    const t = performance.now();
    const tr = await translate(seedSource);
    await runJavaScript(standaloneJs(tr), { clock: "virtual", events: false });
    const ours = performance.now() - t;
    wallOf(process.execPath, [cli, "run", seedFile], cliCache); // the first run writes run's code cache
    const cliRun = median(Array.from({ length: coldRuns }, () => wallOf(process.execPath, [cli, "run", seedFile], cliCache)));
    const bareAgain = median(Array.from({ length: coldRuns }, () => wallOf(process.execPath, ["-e", "0"])));
    const pyRun = median(Array.from({ length: quick ? 1 : 3 }, () => wallOf("python3", [seedFile])));
    raw.seed = { ours, coldWorker, preparedWorker, cliRun, bareAgain, pyRun };
    row("Run, seed example (virtual clock)", "gather_return_values.py", `translate + run ${fmt(ours)} ms in process; ${fmt(cliRun)} ms as node dist/cli.js run`,
      `python3: ${fmt(pyRun)} ms; bare node -e 0: ${fmt(bareAgain)} ms`, `${(pyRun / ours).toFixed(1)}x; CLI run / node -e 0: ${(cliRun / bareAgain).toFixed(2)}x`);
    row("Run alone, seed, in process", `median of ${seedRuns}`, `prepared process ${fmt(median(preparedWorker))} ms; new process ${fmt(median(coldWorker))} ms`,
      `process start (the difference): ${fmt(median(coldWorker) - median(preparedWorker))} ms`, "");
  }
  const corpus = quick ? fixtureFiles.filter((_, i) => i % 8 === 0) : fixtureFiles;
  let oursMs = 0;
  let pyMs = 0;
  let same = 0;
  for (const file of corpus) {
    const source = readFileSync(file, "utf8");
    const t = performance.now();
    const tr = await translate(source);
    // The path CPython ran the fixture from, which task reprs print (as test/unit/differential.test.ts does).
    const run = tr.ok ? await runJavaScript(standaloneJs(tr), { clock: "virtual", events: false, file: fixtureRunPath(path.basename(file, ".py")) }) : null;
    oursMs += performance.now() - t;
    const expected = readFileSync(file.replace(/\.py$/, ".out"), "utf8");
    if (run?.stdout === expected) same++;
    pyMs += wallOf("python3", [file]);
  }
  raw.corpus = { files: corpus.length, oursMs, pyMs, same };
  row("Run, fixture corpus (translate + run each)", `${corpus.length} programs, ${same} print exactly CPython's output`, `${fmt(oursMs / 1000, 2)} s`, `python3 each: ${fmt(pyMs / 1000, 2)} s`, `${(pyMs / oursMs).toFixed(2)}x`);

  // Bundle sizes.
  const dist = path.join(root, "dist");
  const vsix = readdirSync(root).filter((f) => f.endsWith(".vsix"));
  row("Bundle sizes", "", `cli.js ${fileSize(path.join(dist, "cli.js"))} + cli-main.js ${fileSize(path.join(dist, "cli-main.js"))}, extension.js ${fileSize(path.join(dist, "extension.js"))}, webview.js ${fileSize(path.join(dist, "webview.js"))}`,
    `tree-sitter.wasm ${fileSize(path.join(dist, "tree-sitter.wasm"))}, tree-sitter-python.wasm ${fileSize(path.join(dist, "tree-sitter-python.wasm"))}`,
    vsix.length > 0 ? vsix.map((v) => `${v} ${fileSize(path.join(root, v))}`).join(", ") : ".vsix absent");

  // Output.
  const machine = `${cpus()[0]?.model ?? "?"} x${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, node ${process.version}, CPython ${py.version}${quick ? ", --quick (every 10th stdlib file)" : ""}`;
  console.log(`\nMachine: ${machine}\n`);
  console.log("| Measure | Input | asyncio-ts | CPython reference (same run) | Ratio (CPython time / ours; >1 = we are faster) |");
  console.log("|---|---|---|---|---|");
  for (const r of rows) console.log(`| ${r.join(" | ")} |`);
  const crashes = Object.values(pipelines).flatMap((p) => p.crashes);
  if (crashes.length > 0) {
    console.log(`\nCrashes (${crashes.length}):`);
    const byFrame = new Map<string, string[]>();
    for (const c of crashes) byFrame.set(`${c.error} at ${c.frame}`, [...(byFrame.get(`${c.error} at ${c.frame}`) ?? []), path.relative(stdlib, c.file)]);
    for (const [what, files] of byFrame) console.log(`  ${files.length} x ${what}\n     e.g. ${files.slice(0, 4).join(", ")}`);
  }
  console.log(`\nSlowest stdlib files (pipeline): ${pipelines.stdlib!.slowest.map((s) => `${path.relative(stdlib, s.file)} ${fmt(s.ms)} ms`).join(", ")}`);

  if (args.profile) {
    log("profiling the stdlib pipeline pass (node --cpu-prof)");
    const profDir = path.join(tmp, "prof");
    child(["pipeline", stdlibList], ["--cpu-prof", `--cpu-prof-dir=${profDir}`]);
    for (const f of readdirSync(profDir)) console.log(`\nProfile (${f}):\n${summariseProfile(path.join(profDir, f), root)}`);
  }
  if (args.json) writeFileSync(args.json, JSON.stringify({ machine, ...raw }, null, 2));
  rmSync(tmp, { recursive: true, force: true });
}

void main();
