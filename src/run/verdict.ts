/**
 * Comparing a run of the translation with CPython's, and the words every runner uses for its limits. Pure
 * (no Node, no DOM): the CLI, the tests and the webview import it.
 */
import { diffArrays } from "diff";

/** Exit status reported when the time limit stopped the program (as GNU `timeout` does). */
export const TIMEOUT_EXIT_CODE = 124;
/**
 * The longest time limit a runner accepts, in ms (about 24.8 days): the longest delay setTimeout keeps, in
 * Node and in browsers; a longer one fires at once.
 */
export const MAX_TIME_LIMIT_MS = 2_147_483_647;
/** At most this many timeline events of one run are kept (a busy program could otherwise fill memory). */
export const MAX_EVENTS = 100_000;

/** A limit that stopped a run. */
export type Limit = { readonly kind: "time"; readonly ms: number } | { readonly kind: "output"; readonly bytes: number } | { readonly kind: "memory"; readonly mb: number };

/** The heap a run's program may use, in MiB; beyond it the program is stopped with limitMessage's words. */
export const MEMORY_LIMIT_MB = 512;

/** "stopped after 10 s (time limit)"; with `who`, "Python stopped after ...". Runners write it to stderr after `asyncio-ts: `. */
export function limitMessage(limit: Limit, who?: string): string {
  const what =
    limit.kind === "time"
      ? `${formatSeconds(limit.ms)} (time limit)`
      : limit.kind === "output"
        ? `${formatBytes(limit.bytes)} of output (output limit)`
        : `using ${limit.mb} MiB of memory (memory limit)`;
  return `${who ? `${who} stopped` : "stopped"} after ${what}`;
}

/** "10 s", "2.5 s", "0.001 s": to the millisecond a limit is given in, without trailing zeros. */
export function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))} s`;
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${bytes} bytes`;
}

/** The lines of a program's output; a final newline ends the last line rather than starting an empty one. */
export function splitOutputLines(text: string): string[] {
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}

/** Which lines of each side the diff does not match with a line of the other. */
export interface LineDiff {
  /** Per line of `a` / `b`: true when it differs (is not matched on the other side). */
  readonly aChanged: readonly boolean[];
  readonly bChanged: readonly boolean[];
}

/**
 * Beyond this many inserted and deleted lines the two outputs have little in common, and Myers' search, whose
 * time and memory grow with the square of that number, gives way to matching the common head and tail.
 */
export const MAX_DIFF_EDITS = 1000;

/**
 * A shortest edit script between the lines (Myers' algorithm, jsdiff's): time and memory linear in the
 * lines for outputs that mostly agree, whatever their length.
 */
export function diffLines(a: readonly string[], b: readonly string[]): LineDiff {
  const aChanged = new Array<boolean>(a.length).fill(false);
  const bChanged = new Array<boolean>(b.length).fill(false);
  const changes = diffArrays([...a], [...b], { maxEditLength: MAX_DIFF_EDITS });
  if (changes === undefined) {
    // Too different for an edit script: what the two share at either end is matched, the rest differs.
    const shorter = Math.min(a.length, b.length);
    let head = 0;
    while (head < shorter && a[head] === b[head]) head++;
    let tail = 0;
    while (tail < shorter - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
    aChanged.fill(true, head, a.length - tail);
    bChanged.fill(true, head, b.length - tail);
    return { aChanged, bChanged };
  }
  let i = 0;
  let j = 0;
  for (const change of changes) {
    if (change.removed) aChanged.fill(true, i, (i += change.count));
    else if (change.added) bChanged.fill(true, j, (j += change.count));
    else {
      i += change.count;
      j += change.count;
    }
  }
  return { aChanged, bChanged };
}

/** A diff (see diffLines) in unified style, every line, no hunks: ` ` common, `-` only in `a`, `+` only in `b`. */
export function unifiedDiff(a: readonly string[], aChanged: readonly boolean[], b: readonly string[], bChanged: readonly boolean[], nameA: string, nameB: string): string {
  const out = [`--- ${nameA}`, `+++ ${nameB}`];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    // Past the end of a side its flag is undefined: nothing more is taken from it.
    if (aChanged[i]) out.push(`-${a[i++]}`);
    else if (bChanged[j]) out.push(`+${b[j++]}`);
    else {
      out.push(` ${a[i]}`);
      i++;
      j++;
    }
  }
  return out.join("\n") + "\n";
}

/** What a run printed and how it ended. */
export interface RunOutput {
  readonly stdout: string;
  readonly stderr: string;
  /** Null when the process was killed. */
  readonly exitCode: number | null;
}

/** CPython's run, with how it may have failed to happen. */
export interface PythonOutput extends RunOutput {
  /** The interpreter, as named to the user. */
  readonly python: string;
  readonly timedOut: boolean;
  /** The interpreter could not be run at all. */
  readonly error?: string;
}

export interface Verdict {
  /**
   * Same stdout byte for byte, same exit status, and, when that status says an exception ended the program,
   * the same last stderr line (the exception); never when Python could not run or was stopped by a limit.
   */
  readonly identical: boolean;
  readonly oursLines: readonly string[];
  readonly pythonLines: readonly string[];
  /** Per line of each side: not matched on the other side. */
  readonly oursChanged: readonly boolean[];
  readonly pythonChanged: readonly boolean[];
  readonly sameExit: boolean;
  /** One line: "identical: ...", "different: ..." or "could not compare: ...". */
  readonly summary: string;
  /** When the endings differ: "exit status: CPython 1 (ValueError: x), asyncio-ts 0 (no error)" (the sides as named). */
  readonly exitNote: string | null;
}

/**
 * The last non-empty line of stderr: for a program ended by an exception, the exception. CPython's warnings
 * about coroutines never awaited come after it, written at interpreter shutdown: they are not the error.
 */
export function lastLine(text: string): string {
  const lines = text.trimEnd().split("\n");
  while (lines.length > 1 && shutdownWarning.test(lines[lines.length - 1]!)) lines.pop();
  return lines[lines.length - 1] ?? "";
}

const shutdownWarning = /^sys:\d+: RuntimeWarning: coroutine '[\w.<>]+' was never awaited$/;

/** The two sides as the exit note names them: CPython and asyncio-ts unless the comparison is another one (the plain view's). */
export interface SideNames {
  readonly ours: string;
  readonly theirs: string;
}

export function verdict(ours: RunOutput, python: PythonOutput, names: SideNames = { ours: "asyncio-ts", theirs: "CPython" }): Verdict {
  const oursLines = splitOutputLines(ours.stdout);
  const pythonLines = splitOutputLines(python.stdout);
  const diff = diffLines(oursLines, pythonLines);
  const oursLast = lastLine(ours.stderr);
  const pythonLast = lastLine(python.stderr);
  const sameExit = ours.exitCode === python.exitCode && (ours.exitCode === 0 || oursLast === pythonLast);
  const identical = python.error === undefined && !python.timedOut && ours.stdout === python.stdout && sameExit;
  const changed = diff.aChanged.filter(Boolean).length + diff.bChanged.filter(Boolean).length;
  const summary = identical
    ? `identical: ${oursLines.length === 1 ? "1 line of output matches" : `${oursLines.length} lines of output match`} ${python.python}`
    : python.error !== undefined
      ? `could not compare: ${python.error}`
      : `different: ${changed > 0 ? (changed === 1 ? "1 line differs" : `${changed} lines differ`) : ours.stdout !== python.stdout ? "the same lines, not byte for byte" : python.timedOut ? "Python was stopped by the time limit" : "the same output"}${sameExit ? "" : `, exit status ${ours.exitCode ?? "killed"} vs ${python.exitCode ?? "killed"}`}`;
  const exitNote = sameExit
    ? null
    : `exit status: ${names.theirs} ${python.exitCode ?? "killed"} (${pythonLast || "no error"}), ${names.ours} ${ours.exitCode ?? "killed"} (${oursLast || "no error"})`;
  return { identical, oursLines, pythonLines, oursChanged: diff.aChanged, pythonChanged: diff.bChanged, sameExit, summary, exitNote };
}
