/**
 * The one way this project runs Python (the CLI's `compare`, the panel's "Compare with Python", the tests):
 * asynchronous, no shell, the source on standard input, a time limit and an output cap, and the interpreter
 * started in its own process group so that stopping it also stops any process it started.
 */
import type { PythonResult } from "../shared/protocol";
import { limitMessage } from "./verdict";

export interface PythonRunOptions {
  /** Wall-clock limit; the process group is killed when it is reached (`timedOut` is then true). */
  readonly timeLimitMs: number;
  /** Limit on stdout + stderr together, in bytes; the process group is killed when it is passed. */
  readonly maxOutputBytes: number;
  readonly cwd?: string;
  /** Aborting kills the process group (the panel was closed, or a new comparison started). */
  readonly signal?: AbortSignal;
}

/** Defaults for callers without settings of their own (the CLI and the tests). */
export const DEFAULT_PYTHON_OPTIONS: PythonRunOptions = { timeLimitMs: 30_000, maxOutputBytes: 16 * 1024 * 1024 };

/**
 * Runs `source` with the interpreter `python` (a path or a name on the PATH). Never rejects: a missing
 * interpreter gives `error` and a null exit code. When a limit stopped the run, its message (see verdict.ts)
 * ends stderr.
 */
export async function runPython(python: string, source: string, options: PythonRunOptions = DEFAULT_PYTHON_OPTIONS): Promise<PythonResult> {
  // Loaded on first use: child_process (with net, dgram and streams) would slow every cold `translate`.
  const { spawn } = await import("node:child_process");
  const started = Date.now();
  return new Promise((resolve) => {
    let stdout = "";
    let stderr = "";
    let bytes = 0;
    let timedOut = false;
    let capped = false;
    let settled = false;
    const done = (result: Omit<PythonResult, "python" | "ms">): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener("abort", kill);
      resolve({ python, ms: Date.now() - started, ...result });
    };
    let child: ReturnType<typeof spawn>;
    try {
      child = spawn(python, ["-"], {
        shell: false,
        cwd: options.cwd,
        stdio: ["pipe", "pipe", "pipe"],
        windowsHide: true,
        // Its own process group (POSIX), so `kill` reaches the children it started too.
        detached: process.platform !== "win32",
        env: { ...process.env, PYTHONHASHSEED: "0", PYTHONIOENCODING: "utf-8", PYTHONUNBUFFERED: "1" },
      });
    } catch (err) {
      resolve({ python, ms: 0, stdout: "", stderr: "", exitCode: null, timedOut: false, error: `could not start ${python}: ${errorText(err)}` });
      return;
    }
    function kill(): void {
      try {
        if (child.pid !== undefined && process.platform !== "win32") process.kill(-child.pid, "SIGKILL");
        else child.kill("SIGKILL");
      } catch {
        // already gone
      }
    }
    const timer = setTimeout(() => {
      timedOut = true;
      kill();
    }, options.timeLimitMs);
    if (options.signal?.aborted) kill();
    else options.signal?.addEventListener("abort", kill, { once: true });
    // One streaming decoder per stream: a character split between two chunks is joined, not turned into two U+FFFD.
    const decoders = { stdout: new TextDecoder("utf-8"), stderr: new TextDecoder("utf-8") };
    const collect = (stream: "stdout" | "stderr") => (chunk: Buffer) => {
      if (capped) return;
      const room = options.maxOutputBytes - bytes;
      // Past the cap, exactly the bytes up to it are kept; the decoder holds back a character cut at the cap,
      // and that tail is never flushed (see close), so the kept text ends on a character boundary.
      const kept = chunk.length > room ? chunk.subarray(0, room) : chunk;
      bytes += kept.length;
      const text = decoders[stream].decode(kept, { stream: true });
      if (stream === "stdout") stdout += text;
      else stderr += text;
      if (kept !== chunk) {
        capped = true;
        kill();
      }
    };
    child.stdout?.on("data", collect("stdout"));
    child.stderr?.on("data", collect("stderr"));
    child.on("error", (err) => done({ stdout, stderr, exitCode: null, timedOut: false, error: `could not run ${python}: ${errorText(err)}` }));
    child.on("close", (code) => {
      // A stream that ended by itself flushes its decoder (invalid bytes at its end become U+FFFD, as CPython's
      // own decode with errors="replace" would show them); one cut by a limit drops its unfinished character.
      if (!capped && !timedOut) {
        stdout += decoders.stdout.decode();
        stderr += decoders.stderr.decode();
      }
      const end = (message: string): void => {
        stderr += `${stderr === "" || stderr.endsWith("\n") ? "" : "\n"}asyncio-ts: ${message}\n`;
      };
      if (timedOut) end(limitMessage({ kind: "time", ms: options.timeLimitMs }, "Python"));
      if (capped) end(limitMessage({ kind: "output", bytes: options.maxOutputBytes }, "Python"));
      done({ stdout, stderr, exitCode: code, timedOut });
    });
    child.stdin?.on("error", () => undefined); // the process may exit before reading everything
    child.stdin?.end(source, "utf8");
  });
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * What an interpreter says of itself: the directory of its asyncio package and the lines where asyncio's own
 * callbacks and its sleep coroutine are defined (and where sleep waits) (both print in task reprs, and the lines move between patch releases: gather's
 * `_done_callback` is at tasks.py:754 in 3.11.2, 764 in 3.11.7), or why it cannot be compared with.
 */
export type PythonProbe = { readonly asyncioDir: string; readonly asyncioLines: Readonly<Record<string, number>>; readonly error?: undefined } | { readonly error: string };

/**
 * Valid in Python 2 as in 3, so that a Python 2 is named as such rather than failing on the syntax. The lines are
 * keyed as the runtime's asyncioCallback names them (`tasks.py:gather.<locals>._done_callback`).
 */
const PROBE = `import sys
v = sys.version_info
if v[0] == 3:
    import asyncio, os, json
    print("asyncio-ts-probe %d.%d %s" % (v[0], v[1], os.path.dirname(asyncio.__file__)))
    def inner(fn, name):
        for c in fn.__code__.co_consts:
            if getattr(c, "co_name", None) == name:
                return c.co_firstlineno
    try:
        import asyncio.base_events as b, asyncio.tasks as t
        lines = {
            "base_events.py:_run_until_complete_cb": b._run_until_complete_cb.__code__.co_firstlineno,
            "tasks.py:gather.<locals>._done_callback": inner(t.gather, "_done_callback"),
            "tasks.py:_wait.<locals>._on_completion": inner(t._wait, "_on_completion"),
            "tasks.py:as_completed.<locals>._on_completion": inner(t.as_completed, "_on_completion"),
            "tasks.py:shield.<locals>._inner_done_callback": inner(t.shield, "_inner_done_callback"),
            "tasks.py:shield.<locals>._outer_done_callback": inner(t.shield, "_outer_done_callback"),
            "tasks.py:sleep": t.sleep.__code__.co_firstlineno,
        }
        import inspect
        source, first = inspect.getsourcelines(t.sleep)
        for i, text in enumerate(source):
            if "await __sleep0()" in text:
                lines["tasks.py:sleep@0"] = first + i
            if "await future" in text:
                lines["tasks.py:sleep@delay"] = first + i
    except Exception:
        lines = {}
    print("asyncio-ts-lines " + json.dumps(dict((k, n) for k, n in lines.items() if isinstance(n, int))))
else:
    print("asyncio-ts-probe %d.%d -" % (v[0], v[1]))
`;

/**
 * Asks `python` for its version, the directory of its asyncio package and where asyncio's callbacks are defined
 * (task reprs print both). A missing program, an empty path, or a program that is not Python 3 gives the reason,
 * so a comparison never shows a diff against something that is not CPython.
 */
export async function probePython(python: string): Promise<PythonProbe> {
  if (python.trim() === "") return { error: "the Python interpreter's path is empty" };
  const result = await runPython(python, PROBE, { timeLimitMs: 10_000, maxOutputBytes: 64 * 1024 });
  if (result.error !== undefined) return { error: result.error };
  const said = /^asyncio-ts-probe (\d+)\.(\d+) (.+)$/m.exec(result.stdout);
  if (!said || result.exitCode !== 0) {
    const why = result.timedOut ? "it did not answer within 10 s" : said ? `it exited with status ${result.exitCode ?? "killed"}` : `it did not run a Python program (${describeRun(result)})`;
    return { error: `${python} is not a Python 3 interpreter: ${why}` };
  }
  if (said[1] !== "3") return { error: `${python} is Python ${said[1]}.${said[2]}; asyncio-ts compares with Python 3` };
  return { asyncioDir: said[3]!, asyncioLines: callbackLines(/^asyncio-ts-lines (.+)$/m.exec(result.stdout)?.[1]) };
}

/** The probe's table of lines; anything but names mapped to line numbers is left out (the runtime keeps its own). */
function callbackLines(json: string | undefined): Record<string, number> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json ?? "{}");
  } catch {
    return {};
  }
  if (typeof parsed !== "object" || parsed === null) return {};
  return Object.fromEntries(Object.entries(parsed).filter((entry): entry is [string, number] => Number.isInteger(entry[1])));
}

function describeRun(result: PythonResult): string {
  const firstLine = (text: string): string => text.trim().split("\n")[0]!.slice(0, 200);
  if (result.stderr.trim() !== "") return `exit status ${result.exitCode ?? "killed"}: ${firstLine(result.stderr)}`;
  if (result.stdout.trim() !== "") return `exit status ${result.exitCode ?? "killed"}, it printed: ${firstLine(result.stdout)}`;
  return `exit status ${result.exitCode ?? "killed"}, no output`;
}
