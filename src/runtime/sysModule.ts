/** Python's `sys` module as programs use it: the two output streams, exit with a status, and the facts about the interpreter (CPython 3.11, the version translations follow). */
import { SystemExit } from "./exceptions";
import { getHost, hostWrite, nodeProcess } from "./host";

/** sys.stdout.write / sys.stderr.write: the text as it is (no newline added); returns its length, as Python does. */
export function streamWrite(stream: "stdout" | "stderr", text: string): number {
  hostWrite(stream, text);
  return [...text].length;
}

/** sys.exit(code): raises SystemExit, which a `try` can catch; uncaught, it ends the program with that status. */
export function sysExit(code?: unknown): never {
  throw code === undefined ? new SystemExit() : new SystemExit(code);
}

/**
 * sys.version_info of CPython 3.11.7, the Python the translation's output follows: a plain array, as the
 * translation's tuple literals are, that prints with its field names as CPython's struct sequence does.
 */
export const versionInfo: [number, number, number, string, number] = [3, 11, 7, "final", 0];
Object.defineProperty(versionInfo, "__repr__", {
  value: () => "sys.version_info(major=3, minor=11, micro=7, releaselevel='final', serial=0)",
});

/** sys.platform: Node's name for the system is Python's for Linux, macOS ("darwin") and Windows ("win32"). */
export function sysPlatform(): string {
  const platform = (nodeProcess() as { platform?: string } | undefined)?.platform;
  return platform ?? "linux";
}

/** sys.argv: the host's arguments if it gives them, else only the program's name. */
export function sysArgv(): string[] {
  const argv = getHost().argv;
  return argv ? [...argv] : ["main.py"];
}
