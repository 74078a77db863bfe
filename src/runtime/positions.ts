/** Where the program's coroutines and callbacks are in the Python file (name, line), so tasks, futures and handles print as CPython's reprs do: `coro=<work() running at FILE:3>`, `cb=[on_done() at FILE:7]`. */
import { getHost, hostWrite } from "./host";

/** A Python function or coroutine: its qualified name and the line of its `def` (co_firstlineno). */
export interface CodePosition {
  readonly name: string;
  readonly line: number;
  /** A coroutine object (`work(1)`, not started or running) or a function. */
  readonly kind: "coroutine" | "function";
  /** The file it is defined in, when not the program's own (asyncio's callbacks). */
  readonly file?: string;
}

const positions: WeakMap<object, CodePosition> = new WeakMap();

/** `coroutineAt("work", 2, () => work(1))`: the coroutine object `work(1)`, of the `def` at line 2. */
export function coroutineAt<T>(name: string, line: number, coro: () => Promise<T>): () => Promise<T> {
  positions.set(coro, { name, line, kind: "coroutine" });
  return coro;
}

/** `to` stands for the same Python coroutine or function as `from` (a wrapper of it): it takes its position. */
export function samePosition<F extends object>(from: object, to: F): F {
  const position = positions.get(from);
  if (position) positions.set(to, position);
  return to;
}

/** `functionAt("on_done", 5, onDone)`: a function of the program (a callback), defined at line 5; the function itself is returned. */
export function functionAt<F extends object>(name: string, line: number, fn: F): F {
  if (!positions.has(fn)) positions.set(fn, { name, line, kind: "function" });
  return fn;
}

export /** A function's `__name__` and `__qualname__` where the program reads them from the value (see decorators.ts). */
interface FunctionNames {
  readonly name: string;
  readonly qualname: string;
}

const functionNames: WeakMap<object, FunctionNames> = new WeakMap();

/** Records `fn`'s Python names; an existing record stays unless `replace` (functools.wraps replaces it). */
export function setFunctionNames(fn: object, names: FunctionNames, replace = false): void {
  if (replace || !functionNames.has(fn)) functionNames.set(fn, names);
}

export function functionNamesOf(fn: object): FunctionNames | undefined {
  return functionNames.get(fn);
}

export function positionOf(x: unknown): CodePosition | undefined {
  return (typeof x === "function" || (typeof x === "object" && x !== null)) ? positions.get(x) : undefined;
}

/** The path of the program's file as CPython prints it (the host knows it: the file run, the editor's document). */
export function programFile(): string {
  return getHost().file ?? "<stdin>";
}

/** `on_done() at FILE:5`, `print('x')`, `Task.task_wakeup()`: how CPython shows a callback and its arguments (format_helpers). */
export function callbackText(fn: unknown, args: readonly unknown[], reprArg: (x: unknown) => string): string {
  const position = positionOf(fn);
  const named = fn as { pythonName?: string; name?: string };
  const name = position?.name ?? named.pythonName ?? (typeof named.name === "string" && named.name !== "" ? named.name : "<function>");
  const text = `${name}(${args.map(reprArg).join(", ")})`;
  if (position?.file !== undefined) warnInstallationShown(position);
  return position ? `${text} at ${position.file ?? programFile()}:${position.line}` : text;
}

const installation = { warned: false };

/**
 * A repr shows one of asyncio's own callbacks: where asyncio is installed and the line of its `def`, which
 * belong to the Python that runs the program. When the host did not ask that Python (compare does, see
 * probePython), they are a guess (Debian's directory, 3.11.7's lines): said once on stderr, where it happens.
 */
export function warnInstallationShown(position: CodePosition): void {
  const host = getHost();
  if (installation.warned || host.asyncioLines !== undefined) return;
  installation.warned = true;
  hostWrite(
    "stderr",
    `asyncio-ts: warning TR3001 a repr shows asyncio's own ${position.name}() at ${position.file}:${position.line}, a guess at where the Python that runs this keeps asyncio (compare asks it)\n`,
  );
}

/** A made-up but stable address for reprs that show one (`<coroutine object work at 0x7f...>`): CPython's differ on every run. */
const addresses: WeakMap<object, string> = new WeakMap();
let nextAddress = 0x7f3a2c1b4000;

/**
 * id(x): the number of the made-up address of an object; a value that is not an object here (an int, a
 * str, None) has one id per value, as CPython's cached small ints and interned strings do.
 */
export function pyId(x: unknown): number {
  if ((typeof x === "object" && x !== null) || typeof x === "function") return parseInt(addressOf(x), 16);
  let found = valueIds.get(x);
  if (found === undefined) {
    found = nextAddress;
    nextAddress += 0x90;
    valueIds.set(x, found);
  }
  return found;
}

const valueIds = new Map<unknown, number>();

export function addressOf(x: object): string {
  let found = addresses.get(x);
  if (found === undefined) {
    found = `0x${nextAddress.toString(16)}`;
    nextAddress += 0x90;
    addresses.set(x, found);
  }
  return found;
}

/** Where CPython 3.11 installs asyncio when the host does not say (Debian's and Ubuntu's python3.11). */
const defaultAsyncioDir = "/usr/lib/python3.11/asyncio";

/**
 * A callback of asyncio's own, named and placed as CPython 3.11.7 defines it, so a task that carries it prints
 * as CPython's does: `asyncioCallback("_run_until_complete_cb", "base_events.py", 180, cb)`.
 */
export function asyncioCallback<F extends object>(name: string, module: string, line: number, fn: F): F {
  const host = getHost();
  positions.set(fn, { name, line: host.asyncioLines?.[`${module}:${name}`] ?? line, kind: "function", file: `${host.asyncioDir ?? defaultAsyncioDir}/${module}` });
  return fn;
}

/**
 * A coroutine object of asyncio's own (`asyncio.sleep(1)` made but not awaited yet), named and placed as CPython
 * 3.11.7 defines it: it prints `<coroutine object sleep at 0x...>`, and a task running it `coro=<sleep() running at
 * DIR/tasks.py:637>`. `asyncioCoroutine("sleep", "tasks.py", 637, () => sleep(1))`.
 */
export function asyncioCoroutine<T>(name: string, module: string, line: number, coro: () => Promise<T>): () => Promise<T> {
  const host = getHost();
  positions.set(coro, { name, line: host.asyncioLines?.[`${module}:${name}`] ?? line, kind: "coroutine", file: `${host.asyncioDir ?? defaultAsyncioDir}/${module}` });
  return coro;
}

/** The line of asyncio's `module` where its coroutine `name` waits (`tasks.py:sleep@delay`), as the host's Python has it, else 3.11.7's. */
export function asyncioLine(key: string, line: number): number {
  return getHost().asyncioLines?.[key] ?? line;
}
