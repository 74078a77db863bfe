/**
 * The lines book and course repositories put at the top of a script so that it finds the repository's own
 * modules: `sys.path.insert(0, os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..")))`,
 * `sys.path.append(str(Path(__file__).resolve().parent.parent))`. Where the folder follows from the program's
 * own path, it is added to where local modules are looked for, and those lines (with the imports of `os`,
 * `sys` and `pathlib` that only they use) are left out of the translation: they only prepare the imports.
 */
import path from "node:path";
import type * as py from "./ast";
import { collectNames, isMainGuard } from "./localModules";

export interface PathBootstrap {
  /** Folders searched before the program's own (`sys.path.insert(0, ...)`), and after it (`append`). */
  readonly front: readonly string[];
  readonly back: readonly string[];
  /** Top-level statements to leave out (start offsets). */
  readonly dropped: readonly number[];
}

const bootstrapModules = new Set(["os", "os.path", "sys", "pathlib"]);

/** The folders a program's `sys.path` lines add, when `programPath` (absolute) is where it runs from. */
export function pathBootstrap(module: py.Module, programPath: string): PathBootstrap {
  const front: string[] = [];
  const back: string[] = [];
  const dropped: number[] = [];
  const take = (stmt: py.Stmt): boolean => {
    const added = sysPathAddition(stmt, programPath);
    if (added === null) return false;
    (added.front ? front : back).push(added.folder);
    return true;
  };
  for (const stmt of module.body) {
    if (take(stmt)) dropped.push(stmt.start);
    // `if __name__ == "__main__":` holding only such lines and their imports.
    else if (isMainGuard(stmt) && stmt.orelse.length === 0 && stmt.body.every((s) => isBootstrapImport(s) || take(s))) dropped.push(stmt.start);
  }
  if (dropped.length === 0) return { front, back, dropped };
  // The imports go too, where no other statement names what they bind.
  const readElsewhere = new Set<string>();
  for (const stmt of module.body) if (!dropped.includes(stmt.start) && !isBootstrapImport(stmt)) collectNames(stmt, readElsewhere);
  for (const stmt of module.body) {
    if (isBootstrapImport(stmt) && boundByImport(stmt).every((name) => !readElsewhere.has(name))) dropped.push(stmt.start);
  }
  return { front, back, dropped };
}

function isBootstrapImport(stmt: py.Stmt): boolean {
  if (stmt.kind === "Import") return stmt.names.every((a) => bootstrapModules.has(a.name));
  return stmt.kind === "ImportFrom" && stmt.level === 0 && stmt.module !== null && bootstrapModules.has(stmt.module);
}

function boundByImport(stmt: py.Stmt): string[] {
  if (stmt.kind !== "Import" && stmt.kind !== "ImportFrom") return [];
  return stmt.names.map((a) => a.asname ?? a.name.split(".")[0]!);
}

/** `sys.path.insert(0, P)` or `sys.path.append(P)` with a folder P that follows from the program's path. */
function sysPathAddition(stmt: py.Stmt, programPath: string): { folder: string; front: boolean } | null {
  if (stmt.kind !== "Expr" || stmt.value.kind !== "Call") return null;
  const call = stmt.value;
  const f = call.func;
  if (f.kind !== "Attribute" || !isSysPath(f.value) || call.keywords.length > 0) return null;
  if (f.attr === "insert" && call.args.length === 2 && call.args[0]!.kind === "Constant" && call.args[0]!.value === 0n) {
    const folder = pathValue(call.args[1]!, programPath);
    return folder === null ? null : { folder, front: true };
  }
  if (f.attr === "append" && call.args.length === 1) {
    const folder = pathValue(call.args[0]!, programPath);
    return folder === null ? null : { folder, front: false };
  }
  return null;
}

function isSysPath(e: py.Expr): boolean {
  return e.kind === "Attribute" && e.attr === "path" && e.value.kind === "Name" && e.value.id === "sys";
}

/** The name of an `os.path.<name>` function, or null. */
function osPathFunction(e: py.Expr): string | null {
  if (e.kind !== "Attribute") return null;
  const v = e.value;
  if (v.kind === "Attribute" && v.attr === "path" && v.value.kind === "Name" && v.value.id === "os") return e.attr;
  return null;
}

/** The absolute folder an expression names, computed from the program's path; null when it does not follow from it. */
function pathValue(e: py.Expr, programPath: string): string | null {
  const absolute = (p: string | null) => (p !== null && path.isAbsolute(p) ? path.normalize(p) : null);
  return absolute(evaluate(e, programPath));
}

function evaluate(e: py.Expr, file: string): string | null {
  if (e.kind === "Name" && e.id === "__file__") return file;
  if (e.kind === "Constant" && typeof e.value === "string") return e.value;
  if (e.kind === "BinOp" && e.op === "Div") {
    // `Path(__file__).parent / "lib"`
    const left = evaluate(e.left, file);
    const right = evaluate(e.right, file);
    return left === null || right === null ? null : path.join(left, right);
  }
  if (e.kind === "Attribute" && e.attr === "parent") {
    const inner = evaluate(e.value, file);
    return inner === null ? null : path.dirname(inner);
  }
  if (e.kind === "Subscript" && e.value.kind === "Attribute" && e.value.attr === "parents" && e.slice.kind === "Constant" && typeof e.slice.value === "bigint") {
    let inner = evaluate(e.value.value, file);
    for (let i = 0n; inner !== null && i <= e.slice.value; i++) inner = path.dirname(inner);
    return inner;
  }
  if (e.kind !== "Call" || e.keywords.length > 0) return null;
  const args = e.args.map((a) => evaluate(a, file));
  if (args.some((a) => a === null)) return null;
  const [first] = args as string[];
  const fn = e.func;
  const osPath = osPathFunction(fn);
  if (osPath === "join" && args.length > 0) return path.join(...(args as string[]));
  if (args.length === 1 && first !== undefined) {
    if (osPath === "dirname") return path.dirname(first);
    // The program's path is absolute and has no links worth resolving here: abspath, realpath and normpath agree.
    if (osPath === "abspath" || osPath === "realpath" || osPath === "normpath") return path.normalize(first);
    // `str(p)`, `Path(p)`, `pathlib.Path(p)`, `os.fspath(p)`
    if (fn.kind === "Name" && (fn.id === "str" || fn.id === "Path")) return first;
    if (fn.kind === "Attribute" && fn.attr === "Path" && fn.value.kind === "Name" && fn.value.id === "pathlib") return first;
    if (fn.kind === "Attribute" && fn.attr === "fspath" && fn.value.kind === "Name" && fn.value.id === "os") return first;
  }
  // `p.resolve()`, `p.absolute()`
  if (args.length === 0 && fn.kind === "Attribute" && (fn.attr === "resolve" || fn.attr === "absolute")) return evaluate(fn.value, file);
  return null;
}
