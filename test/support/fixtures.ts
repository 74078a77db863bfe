/** The differential fixtures: NAME.py with CPython's stdout in NAME.out (and the last stderr line in NAME.err). */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export const fixturesDir = path.join(__dirname, "..", "fixtures");

/** The path CPython ran a fixture from (scripts/gen-expected.mjs copies it there), which its reprs print. */
export function fixtureRunPath(name: string): string {
  return `/tmp/asyncio-ts-fixtures/${name}.py`;
}

export interface Fixture {
  readonly name: string;
  readonly source: string;
  readonly expectedStdout: string;
  /** CPython's last stderr line when the program ends with an uncaught exception. */
  readonly expectedError: string | null;
  /**
   * All of CPython's stderr, for a fixture whose first line says `expect-stderr` (NAME.stderr); compare it through
   * `withoutTracebackFrames`.
   */
  readonly expectedStderr: string | null;
  /** The exit status from the first line's `# expect-exit: N` (sys.exit(N)); 1 with an .err file. */
  readonly expectedExit: number;
}

/**
 * CPython's stderr as the translation writes it: each traceback without its `Traceback (most recent call last):`
 * header and its `  File "...", line N, in f` frames (with their source and caret lines), which the runtime does not
 * reproduce; everything else, the exception line included, is kept byte for byte.
 */
export function withoutTracebackFrames(stderr: string): string {
  const out: string[] = [];
  let inFrame = false;
  for (const line of stderr.split("\n")) {
    if (line === "Traceback (most recent call last):") continue;
    if (line.startsWith('  File "')) {
      inFrame = true;
      continue;
    }
    if (inFrame && line.startsWith("    ")) continue;
    inFrame = false;
    out.push(line);
  }
  return out.join("\n");
}

/** What a run of a translation printed, and how it ended. */
export interface RunOutput {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number | null;
}

/** How a run differs from what CPython printed for the fixture (stdout byte for byte, the error, the status), or null. */
export function outputProblem(fixture: Fixture, run: RunOutput): string | null {
  if (run.stdout !== fixture.expectedStdout) {
    return `stdout differs\n--- CPython\n${fixture.expectedStdout}--- asyncio-ts\n${run.stdout}--- stderr\n${run.stderr}`;
  }
  if (fixture.expectedStderr !== null) {
    // The traceback's File/line frames are not reproduced (docs/decisions.md): compared without them.
    const expected = withoutTracebackFrames(fixture.expectedStderr);
    if (run.stderr !== expected) return `stderr differs\n--- CPython (without traceback frames)\n${expected}--- asyncio-ts\n${run.stderr}`;
    if (run.exitCode !== fixture.expectedExit) return `exit code ${run.exitCode}, CPython's was ${fixture.expectedExit}`;
  } else if (fixture.expectedError !== null) {
    const last = run.stderr.trimEnd().split("\n").pop() ?? "";
    if (run.exitCode !== 1 || last !== fixture.expectedError) return `expected exit 1 with "${fixture.expectedError}", got exit ${run.exitCode} with "${last}"`;
  } else if (run.exitCode !== fixture.expectedExit) {
    return `exit code ${run.exitCode} (CPython's was ${fixture.expectedExit})\n${run.stderr}`;
  } else if (run.stderr !== "") {
    // scripts/gen-expected.mjs makes sure CPython wrote nothing there (e.g. no "Task exception was never retrieved").
    return `wrote to stderr, where CPython wrote nothing:\n${run.stderr}`;
  }
  return null;
}

/** Fixture programs that lack CPython's output (`node scripts/gen-expected.mjs NAME` makes it). */
export function fixturesWithoutOutput(): string[] {
  return readdirSync(fixturesDir)
    .filter((f) => f.endsWith(".py") && !existsSync(path.join(fixturesDir, `${f.slice(0, -3)}.out`)))
    .map((f) => f.slice(0, -3));
}

export function loadFixtures(): Fixture[] {
  return readdirSync(fixturesDir)
    .filter((f) => f.endsWith(".py") && existsSync(path.join(fixturesDir, `${f.slice(0, -3)}.out`)))
    .sort()
    .map((file) => {
      const name = file.slice(0, -3);
      const errFile = path.join(fixturesDir, `${name}.err`);
      const stderrFile = path.join(fixturesDir, `${name}.stderr`);
      const source = readFileSync(path.join(fixturesDir, file), "utf8");
      const expectedError = existsSync(errFile) ? readFileSync(errFile, "utf8").trim() : null;
      const declaredExit = /# expect-exit: (\d+)/.exec(source.split("\n", 1)[0]!)?.[1];
      return {
        name,
        source,
        expectedStdout: readFileSync(path.join(fixturesDir, `${name}.out`), "utf8"),
        expectedError,
        expectedStderr: existsSync(stderrFile) ? readFileSync(stderrFile, "utf8") : null,
        expectedExit: declaredExit !== undefined ? Number(declaredExit) : expectedError !== null ? 1 : 0,
      };
    });
}

/**
 * Fixtures the translator does not handle yet, one per line with the reason after `#`. The
 * differential test requires each of them to still fail, so the list cannot go stale.
 */
export function knownFailures(): Map<string, string> {
  const file = path.join(fixturesDir, "known-failures.txt");
  const out = new Map<string, string>();
  if (!existsSync(file)) return out;
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const m = /^\s*([\w-]+)\s*(?:#\s*(.*))?$/.exec(line);
    if (m) out.set(m[1]!, m[2] ?? "");
  }
  return out;
}
