/**
 * The runtime as a user gets it: `npm pack` this package, install the tarball into a fresh temporary project,
 * save the translations of the lessons and a sample of fixtures there in the default (module) form, compile them
 * with `tsc --strict` against the installed package (ES modules, moduleResolution node16, nothing mapped), run
 * each with Node and compare its stdout and exit status with CPython's. Run by .ci/run (too slow for npm test):
 *   npm run build && npx tsx scripts/pack-test.ts [--keep]
 * Translations run on the virtual clock (a preload sets `globalThis.asyncioTsHost = { clock: "virtual" }`, as
 * a user can), except the seed lesson, which runs on the real clock as `node file.js` alone would.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { moduleTs } from "../src/assemble";
import { translate } from "../src/pipeline";
import { runPython } from "../src/run/pythonRunner";
import { verdict } from "../src/run/verdict";
import { loadFixtures } from "../test/support/fixtures";

const root = path.join(__dirname, "..");
const keep = process.argv.includes("--keep");
/** Every n-th fixture (in name order) is in the sample, so it spreads over all areas. */
const SAMPLE_EVERY = 6;
/** Always in the sample: how a plain Node program ends on an uncaught exception or sys.exit at module level and in asyncio.run. */
const ALWAYS = new Set(["exc_uncaught_custom", "stdlib_sys_exit_status", "stdlib_sys_exit_message", "asyncio_uncaught_exception", "loopapi_uncaught_from_run_until_complete"]);

interface Program {
  readonly name: string;
  readonly python: string;
  readonly virtual: boolean;
}

function run(command: string, args: readonly string[], cwd: string): string {
  return execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 64 * 1024 * 1024 });
}

async function main(): Promise<number> {
  const work = mkdtempSync(path.join(tmpdir(), "asyncio-ts-pack-"));
  try {
    const tarball = run("npm", ["pack", "--silent", "--pack-destination", work], root).trim().split("\n").pop() ?? "";
    const project = path.join(work, "project");
    mkdirSync(path.join(project, "src"), { recursive: true });
    writeFileSync(path.join(project, "package.json"), JSON.stringify({ name: "uses-asyncio-ts", private: true, type: "module" }, null, 2));
    writeFileSync(
      path.join(project, "tsconfig.json"),
      JSON.stringify({ compilerOptions: { strict: true, target: "ES2022", module: "Node16", moduleResolution: "Node16", lib: ["ES2022"], types: [], outDir: "out", rootDir: "src" }, include: ["src"] }, null, 2),
    );
    writeFileSync(path.join(project, "virtual-clock.mjs"), 'globalThis.asyncioTsHost = { clock: "virtual" };\n');
    // The package has no runtime dependencies worth fetching here (the CLI bundles its parser).
    run("npm", ["install", "--no-audit", "--no-fund", "--ignore-scripts", "--omit=dev", "--prefer-offline", path.join(work, tarball)], project);

    // The command as installed (its launcher, the bundle and the parser's wasm must all be in the package),
    // twice: the second run starts from the code cache the first one wrote.
    const seed = path.join(root, "..", "shared", "seed", "gather_return_values");
    const command = path.join(project, "node_modules", ".bin", "asyncio-ts");
    for (const round of ["first run", "from its code cache"]) {
      const out = execFileSync(command, ["run", `${seed}.py`], { cwd: project, encoding: "utf8", env: { ...process.env, ASYNCIO_TS_CACHE_DIR: path.join(work, "cache") } });
      const ok = out === readFileSync(`${seed}.out`, "utf8");
      console.log(`${ok ? "ok  " : "FAIL"} the installed asyncio-ts command runs the seed lesson (${round})`);
      if (!ok) return 1;
    }

    const lessonsDir = path.join(root, "lessons");
    const programs: Program[] = [
      ...readdirSync(lessonsDir)
        .filter((f) => f.endsWith(".py"))
        .sort()
        .map((f) => ({ name: `lesson_${f.slice(0, -3)}`, python: readFileSync(path.join(lessonsDir, f), "utf8"), virtual: f !== "gather_return_values.py" })),
      ...loadFixtures()
        .filter((f, i) => i % SAMPLE_EVERY === 0 || ALWAYS.has(f.name))
        .map((f) => ({ name: f.name, python: f.source, virtual: true })),
    ];
    const known = new Set(readFileSync(path.join(root, "test", "fixtures", "known-failures.txt"), "utf8").split("\n").map((l) => l.replace(/#.*/, "").trim()));
    const saved: Program[] = [];
    for (const p of programs) {
      if (known.has(p.name)) continue;
      const t = await translate(p.python);
      if (!t.ok) continue; // fixtures of errors the translator reports: nothing to save
      writeFileSync(path.join(project, "src", `${p.name}.ts`), moduleTs(t));
      saved.push(p);
    }
    try {
      run(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "."], project);
    } catch (err) {
      console.log(`tsc --strict failed:\n${(err as { stdout?: string }).stdout ?? String(err)}`);
      return 1;
    }
    let failures = 0;
    for (const p of saved) {
      const args = [...(p.virtual ? ["--import", "./virtual-clock.mjs"] : []), path.join("out", `${p.name}.js`)];
      const ours = await new Promise<{ stdout: string; stderr: string; exitCode: number | null }>((resolve) => {
        try {
          resolve({ stdout: run(process.execPath, args, project), stderr: "", exitCode: 0 });
        } catch (err) {
          const e = err as { stdout?: string; stderr?: string; status?: number | null };
          resolve({ stdout: e.stdout ?? "", stderr: e.stderr ?? "", exitCode: e.status ?? null });
        }
      });
      const python = await runPython("python3", p.python);
      const v = verdict(ours, python);
      console.log(`${v.identical ? "ok  " : "FAIL"} ${p.name}: ${v.summary}${v.exitNote ? ` (${v.exitNote})` : ""}`);
      if (!v.identical) failures++;
    }
    console.log(`\n${saved.length - failures}/${saved.length} translations, compiled with tsc --strict against the packed ${tarball} and run with node, print CPython's output.`);
    return failures === 0 && saved.length > 0 ? 0 : 1;
  } finally {
    if (keep) console.log(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
