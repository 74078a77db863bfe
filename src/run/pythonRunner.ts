/** Runs the user's Python for "Compare with Python": no shell, source on stdin, a time limit and an output cap. */
import { spawn } from "node:child_process";
import type { PythonResult } from "../shared/protocol";

export interface PythonRunOptions {
  readonly timeLimitMs: number;
  readonly maxOutputBytes: number;
  readonly cwd?: string;
  /** Aborting kills the process (the panel was closed, or a new comparison started). */
  readonly signal?: AbortSignal;
}

export function runPython(python: string, source: string, options: PythonRunOptions): Promise<PythonResult> {
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
      resolve({ python, ms: Date.now() - started, ...result });
    };
    let child;
    try {
      child = spawn(python, ["-"], {
        shell: false,
        cwd: options.cwd,
        stdio: ["pipe", "pipe", "pipe"],
        windowsHide: true,
        env: { ...process.env, PYTHONHASHSEED: "0", PYTHONIOENCODING: "utf-8", PYTHONUNBUFFERED: "1" },
      });
    } catch (err) {
      done({ stdout: "", stderr: "", exitCode: null, timedOut: false, error: `could not start ${python}: ${errorText(err)}` });
      return;
    }
    const kill = (): void => {
      try {
        child.kill("SIGKILL");
      } catch {
        // already gone
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      kill();
    }, options.timeLimitMs);
    options.signal?.addEventListener("abort", kill, { once: true });
    const collect = (stream: "stdout" | "stderr") => (chunk: Buffer) => {
      if (capped) return;
      bytes += chunk.length;
      const text = chunk.toString("utf8");
      if (stream === "stdout") stdout += text;
      else stderr += text;
      if (bytes > options.maxOutputBytes) {
        capped = true;
        kill();
      }
    };
    child.stdout.on("data", collect("stdout"));
    child.stderr.on("data", collect("stderr"));
    child.on("error", (err) => done({ stdout, stderr, exitCode: null, timedOut: false, error: `could not run ${python}: ${errorText(err)}` }));
    child.on("close", (code) => {
      if (timedOut) stderr += `${stderr === "" || stderr.endsWith("\n") ? "" : "\n"}asyncio-ts: Python stopped after ${options.timeLimitMs / 1000} s (time limit)\n`;
      if (capped) stderr += `${stderr.endsWith("\n") ? "" : "\n"}asyncio-ts: Python stopped after ${Math.round(options.maxOutputBytes / 1024)} KiB of output (output limit)\n`;
      done({ stdout, stderr, exitCode: code, timedOut });
    });
    child.stdin.on("error", () => undefined); // the process may exit before reading everything
    child.stdin.end(source, "utf8");
  });
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
