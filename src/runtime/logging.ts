/** Python's `logging` at its basic level: basicConfig(level, format), getLogger(name) with levels and propagation to the root, debug/info/warning/error/critical/exception to stderr in Python's default format. */
import { getHost, hostWrite } from "./host";
import { pyFloat } from "./floatBox";
import { percentFormat } from "./percentFormat";
import { epochSeconds } from "./timeModule";
import { strftime } from "./wallClock";
import { str } from "./repr";
import { exceptionLine } from "./traceback";
import { BaseException } from "./exceptions";

export const logLevels: Readonly<Record<string, number>> = { CRITICAL: 50, ERROR: 40, WARNING: 30, INFO: 20, DEBUG: 10, NOTSET: 0 };
const levelNames = new Map<number, string>(Object.entries(logLevels).map(([name, n]) => [n, name]));

/** The root logger's handler, once basicConfig (or the first module-level logging call) made it. */
const rootSetup: { format: string | null; datefmt: string | null; stream: "stdout" | "stderr" } = { format: null, datefmt: null, stream: "stderr" };
const loggerRegistry = new Map<string, PyLogger>();

/** A logging.Logger: its own level (NOTSET means "ask the parent"), its messages go up to the root's handler. */
export class PyLogger {
  static readonly pythonName = "Logger";
  static readonly pythonModule = "logging";
  level = 0;
  propagate = true;
  disabled = false;
  constructor(readonly name: string) {}
  get parent(): PyLogger | null {
    if (this.name === "root") return null;
    const dot = this.name.lastIndexOf(".");
    return dot < 0 ? rootLogger : getLogger(this.name.slice(0, dot));
  }
  setLevel(level: number | string): void {
    // An own entry only: a level named `constructor` is not Object.prototype's.
    this.level = typeof level === "string" ? (Object.hasOwn(logLevels, level) ? logLevels[level]! : 0) : level;
  }
  getEffectiveLevel(): number {
    if (this.level !== 0) return this.level;
    return this.parent?.getEffectiveLevel() ?? 0;
  }
  isEnabledFor(level: number): boolean {
    return !this.disabled && level >= this.getEffectiveLevel();
  }
  debug(msg: unknown, ...args: unknown[]): void {
    this.log(10, msg, ...args);
  }
  info(msg: unknown, ...args: unknown[]): void {
    this.log(20, msg, ...args);
  }
  warning(msg: unknown, ...args: unknown[]): void {
    this.log(30, msg, ...args);
  }
  error(msg: unknown, ...args: unknown[]): void {
    this.log(40, msg, ...args);
  }
  critical(msg: unknown, ...args: unknown[]): void {
    this.log(50, msg, ...args);
  }
  /** error() plus the exception being handled; its traceback frames cannot be shown here, only its last line. */
  exception(exc: unknown, msg: unknown, ...args: unknown[]): void {
    this.emit(40, msg, args, exc);
  }
  log(level: number, msg: unknown, ...args: unknown[]): void {
    this.emit(level, msg, args, null);
  }
  private emit(level: number, msg: unknown, args: readonly unknown[], exc: unknown): void {
    if (!this.isEnabledFor(level)) return;
    const message = args.length === 0 ? str(msg) : percentFormat(str(msg), args.length === 1 && args[0] instanceof Map ? args[0] : args);
    const record = { name: this.name, levelname: levelNames.get(level) ?? `Level ${level}`, levelno: level, message, ...siteFields(), ...timeFields() };
    // With no handler configured, Python's "last resort" prints bare messages of WARNING and above.
    const fmt = rootSetup.format;
    let text = fmt === null ? (level >= 30 ? message : null) : formatRecord(fmt, record);
    if (text === null) return;
    if (exc instanceof BaseException) text += `\nTraceback (most recent call last):\n${exceptionLine(exc)}`;
    // Python's last resort (no handler) writes to stderr whatever basicConfig would have said.
    hostWrite(fmt === null ? "stderr" : rootSetup.stream, text + "\n");
  }
}

/** The root logger (logging.warning() and friends log through it). */
export const rootLogger = new PyLogger("root");
rootLogger.level = 30;

/** logging.getLogger(name=None): the same PyLogger for the same name. */
export function getLogger(name: string | null = null): PyLogger {
  if (name === null || name === "" || name === "root") return rootLogger;
  let logger = loggerRegistry.get(name);
  if (!logger) {
    logger = new PyLogger(name);
    loggerRegistry.set(name, logger);
  }
  return logger;
}

/** logging.basicConfig(level=, format=, stream=): only the first call configures (unless force=True), as in Python. */
export function basicConfig(options: { level?: number | string; format?: string; datefmt?: string; force?: boolean; stream?: "stdout" | "stderr" } = {}): void {
  if (rootSetup.format !== null && !options.force) return;
  rootSetup.format = options.format ?? "%(levelname)s:%(name)s:%(message)s";
  rootSetup.datefmt = options.datefmt ?? null;
  rootSetup.stream = options.stream ?? "stderr";
  if (options.level !== undefined) rootLogger.setLevel(options.level);
}

/** logging.info(...) and the other module-level functions: they call basicConfig() first when nothing is set up. */
export function rootLog(level: number, msg: unknown, ...args: unknown[]): void {
  basicConfig();
  rootLogger.log(level, msg, ...args);
}

/** logging.exception(msg) at module level. */
export function rootException(exc: unknown, msg: unknown, ...args: unknown[]): void {
  basicConfig();
  rootLogger.exception(exc, msg, ...args);
}

/** Where the logging call being made is in the Python program, when its format shows it (see loggedAt). */
let callSite: { readonly lineno: number; readonly funcName: string } | null = null;

/**
 * A logging call at this line of the Python program, in the function of this name (`<module>` at the top
 * level): a record made during `log()` has CPython's lineno, funcName, filename, module and pathname.
 */
export function loggedAt<T>(lineno: number, funcName: string, log: () => T): T {
  const outer = callSite;
  callSite = { lineno, funcName };
  try {
    return log();
  } finally {
    callSite = outer;
  }
}

/**
 * The record's times, read from the program's clock as CPython reads its own: `created` (seconds since
 * the epoch), `msecs`, and `asctime` (datefmt, else `2026-12-07 18:21:04,067`).
 */
function timeFields(): Record<string, unknown> {
  if (rootSetup.format === null || !/%\((asctime|created|msecs)\)/.test(rootSetup.format)) return {};
  const created = epochSeconds();
  const msecs = Math.floor((created - Math.floor(created)) * 1000);
  const asctime = rootSetup.datefmt !== null ? strftime(rootSetup.datefmt, created) : `${strftime("%Y-%m-%d %H:%M:%S", created)},${String(msecs).padStart(3, "0")}`;
  return { created, msecs: pyFloat(msecs), asctime };
}

/** The record fields of the call site: the program's file is the one the host names, else standard input. */
function siteFields(): Record<string, unknown> {
  if (callSite === null) return {};
  const pathname = getHost().file ?? "<stdin>";
  const filename = pathname.slice(pathname.lastIndexOf("/") + 1);
  const module = filename.endsWith(".py") ? filename.slice(0, -3) : filename;
  return { ...callSite, pathname, filename, module };
}

/** A record through a %-style format: %(name)s, %(levelname)-8s, %(levelno)d, %(message)s... */
function formatRecord(fmt: string, record: Record<string, unknown>): string {
  const fields = new Map<string, unknown>(Object.entries({ threadName: "MainThread", processName: "MainProcess", ...record }));
  return percentFormat(fmt, fields);
}
