// Regenerates the expected CPython output of the fixture corpus.
//
//   node scripts/gen-expected.mjs                 every test/fixtures/*.py
//   node scripts/gen-expected.mjs gather_nested   only the named fixtures (name, NAME.py or a path)
//   node scripts/gen-expected.mjs --check         run and compare with the existing .out/.err, write nothing
//
// For each fixture it runs `python3 /tmp/asyncio-ts-fixtures/NAME.py` (a copy, cwd test/fixtures: asyncio's
// reprs print the script's absolute path, which must not depend on the checkout) and writes stdout, byte for byte,
// to NAME.out. A fixture must exit 0 with an empty stderr, unless its first line contains
// `# expect-exit: 1`: then it must exit 1, and the last line of stderr (the exception line of the
// traceback) is written to NAME.err. `# expect-exit: N` with another N (sys.exit(N)) expects that status.
// When the first line contains `expect-stderr`, the program may write to stderr and all of it is
// written to NAME.stderr (then no .err). Anything else fails loudly and the script exits 1.
import { Buffer } from "node:buffer";
import { spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, unlinkSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";

const fixturesDir = fileURLToPath(new URL("../test/fixtures/", import.meta.url));
// Where fixtures run from, so the path in reprs is the same for every checkout (test/support/fixtures.ts has it too).
const runDir = "/tmp/asyncio-ts-fixtures";
const python = process.env.PYTHON ?? "python3";
const timeoutMs = 30_000;
// Timing-sensitive fixtures rely on sleep deadlines being well apart; keep parallelism modest.
const concurrency = 4;

const args = process.argv.slice(2);
const check = args.includes("--check");
const requested = args.filter((a) => a !== "--check").map((a) => basename(a).replace(/\.(py|out|err)$/, ""));
const names = requested.length > 0
  ? requested
  : readdirSync(fixturesDir).filter((f) => f.endsWith(".py")).map((f) => f.slice(0, -3)).sort();

/** Runs one fixture; resolves to { code, signal, stdout: Buffer, stderr: string, ms }. */
function runPython(file) {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(python, [file], {
      cwd: fixturesDir,
      env: { ...process.env, PYTHONHASHSEED: "0", PYTHONIOENCODING: "utf-8", PYTHONDONTWRITEBYTECODE: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const out = [];
    const err = [];
    child.stdout.on("data", (b) => out.push(b));
    child.stderr.on("data", (b) => err.push(b));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("error", reject);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString("utf8"), ms: Date.now() - started });
    });
  });
}

function lastLine(text) {
  const lines = text.split("\n").filter((l) => l.trim() !== "");
  return lines.length > 0 ? lines[lines.length - 1] : "";
}

/** Returns a list of problems (empty when the fixture is fine). */
async function processFixture(name) {
  const pyPath = join(fixturesDir, `${name}.py`);
  if (!existsSync(pyPath)) return [`no such fixture: ${pyPath}`];
  const firstLine = readFileSync(pyPath, "utf8").split("\n", 1)[0];
  const expectExit = Number(/# expect-exit: (\d+)/.exec(firstLine)?.[1] ?? 0);
  const keepStderr = firstLine.includes("expect-stderr");
  mkdirSync(runDir, { recursive: true });
  copyFileSync(pyPath, join(runDir, `${name}.py`));
  const r = await runPython(join(runDir, `${name}.py`));
  const problems = [];
  if (r.signal) problems.push(`killed by ${r.signal} after ${r.ms} ms`);
  else if (r.code !== expectExit) problems.push(`exit code ${r.code}, expected ${expectExit}`);
  if (expectExit !== 1 && !keepStderr && r.stderr !== "") problems.push("wrote to stderr (fixtures must be silent there, unless `expect-stderr`)");
  if (r.stdout.length === 0) problems.push("printed nothing on stdout");
  if (problems.length > 0) {
    if (r.stderr) problems.push(`stderr:\n${r.stderr.trimEnd()}`);
    return problems;
  }

  const outPath = join(fixturesDir, `${name}.out`);
  const errPath = join(fixturesDir, `${name}.err`);
  const stderrPath = join(fixturesDir, `${name}.stderr`);
  const errText = expectExit === 1 && !keepStderr ? `${lastLine(r.stderr)}\n` : null;
  if (check) {
    if (!existsSync(outPath)) problems.push("missing .out");
    else if (!readFileSync(outPath).equals(r.stdout)) {
      problems.push(`stdout differs from ${name}.out:\n--- expected\n${readFileSync(outPath, "utf8")}--- got\n${r.stdout.toString("utf8")}`);
    }
    if (errText !== null && (!existsSync(errPath) || readFileSync(errPath, "utf8") !== errText)) problems.push(`stderr last line differs from ${name}.err: ${errText.trim()}`);
    if (errText === null && existsSync(errPath)) problems.push(`stale ${name}.err (fixture does not expect exit 1)`);
    if (keepStderr && (!existsSync(stderrPath) || readFileSync(stderrPath, "utf8") !== r.stderr)) problems.push(`stderr differs from ${name}.stderr`);
  } else {
    writeFileSync(outPath, r.stdout);
    if (keepStderr) writeFileSync(stderrPath, r.stderr);
    else if (existsSync(stderrPath)) unlinkSync(stderrPath);
    if (errText !== null) writeFileSync(errPath, errText);
    else if (existsSync(errPath)) unlinkSync(errPath);
  }
  console.log(`${check ? "checked" : "wrote"} ${name}.out${errText !== null ? ` + ${name}.err` : ""} (${r.ms} ms)`);
  return problems;
}

const failures = [];
let next = 0;
async function worker() {
  while (next < names.length) {
    const name = names[next++];
    let problems;
    try {
      problems = await processFixture(name);
    } catch (e) {
      problems = [`could not run ${python}: ${e instanceof Error ? e.message : String(e)}`];
    }
    if (problems.length > 0) failures.push({ name, problems });
  }
}
await Promise.all(Array.from({ length: Math.min(concurrency, names.length) }, worker));

if (failures.length > 0) {
  for (const f of failures) console.error(`\nFAIL ${f.name}.py\n  ${f.problems.join("\n  ")}`);
  console.error(`\n${failures.length} of ${names.length} fixtures failed`);
  process.exit(1);
}
console.log(`${names.length} fixtures ${check ? "match their expected output" : "regenerated"}`);
