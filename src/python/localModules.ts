/**
 * `from util import delay` where `util` is a file beside the program (asyncio books keep their helpers so):
 * the modules a program imports from its own folder are put in front of it, in the order Python runs them,
 * as one source that the translator reads as one module. CPython runs each module once, at its first
 * import, in a namespace of its own; here they share the program's, which is the same program as long as
 * no two of them bind one name to different things, and that is checked (a clash is reported, not merged).
 */
import type * as py from "./ast";
import { LineMap } from "../core/lineMap";
import { diagnostic, type Diagnostic, type Span } from "../core/diagnostics";
import type { ParseResult, PythonParser } from "./parser";
import { nodeFieldsOf } from "./nodeFields";

/** A module file found for a dotted name; `isPackage` for a package's `__init__.py`. */
export interface ModuleFile {
  readonly path: string;
  readonly source: string;
  readonly isPackage: boolean;
}

/** Finds the file of an absolute module name (`util`, `util.delay_functions`) as Python's path would, or null. */
export interface ModuleResolver {
  (name: string): ModuleFile | null;
  /**
   * Reads the program's `sys.path.insert(0, <folder from __file__>)` lines before any import is looked for,
   * and gives the top-level statements that only prepared the path (see pathBootstrap.ts).
   */
  readonly bootstrap?: (program: py.Module) => readonly number[];
}

export interface LinkedModule {
  readonly name: string;
  readonly path: string;
  /** Where its text starts in the linked source. */
  readonly start: number;
  readonly lines: LineMap;
  /** The program's import statement that brought it in (offsets in the program's own text). */
  readonly importedAt: Span;
}

export interface LinkedProgram {
  /** The modules' texts, then the program's. */
  readonly source: string;
  /** Where the program's own text starts in `source`. */
  readonly programStart: number;
  readonly modules: readonly LinkedModule[];
  /** Statements (start offsets in `source`) the translation leaves out: the local imports, modules' `if __name__ == "__main__"`. */
  readonly dropped: ReadonlySet<number>;
  /** Problems, at the program's import statement that led to them (offsets in the program's own text). */
  readonly diagnostics: readonly Diagnostic[];
}

interface Loaded {
  readonly name: string;
  readonly file: ModuleFile;
  readonly module: py.Module;
  readonly importedAt: Span;
  /** Local statements to drop (offsets in the module's own text). */
  readonly dropped: Set<number>;
  /** The names its top level binds, for the program's `from <module> import name`. */
  readonly defines: Set<string>;
  /** Its `from <local module> import names` (resolved to absolute names). */
  readonly localImports: LocalImport[];
}

interface LocalImport {
  readonly target: string;
  readonly names: readonly string[];
}

/** `main` is `program` parsed; null when it imports no local module. */
export function linkLocalModules(program: string, main: ParseResult, parser: PythonParser, resolve: ModuleResolver): LinkedProgram | null {
  const loaded = new Map<string, Loaded | "loading" | "failed">();
  const order: Loaded[] = [];
  const diagnostics: Diagnostic[] = [];
  const mainDropped: number[] = [];
  let anchor: Span = { start: 0, end: 0 };
  const report = (message: string) => diagnostics.push(diagnostic("TR2008", anchor, message));

  /** Loads `name` (its packages first); false when it is not a local module. */
  const load = (name: string): boolean => {
    const state = loaded.get(name);
    // Loaded, being loaded (an import cycle), or failed and reported: it is local either way.
    if (state !== undefined) return true;
    const parts = name.split(".");
    for (let i = 1; i < parts.length; i++) load(parts.slice(0, i).join("."));
    const file = resolve(name);
    if (!file) return false;
    loaded.set(name, "loading");
    const parsed = parser.parse(file.source);
    const problem = parsed.diagnostics.find((d) => d.severity === "error");
    if (problem) {
      const at = new LineMap(file.source).format(problem.span.start);
      report(`the local module \`${name}\` (${file.path}) cannot be read: ${at}: ${problem.code} ${problem.message}`);
      loaded.set(name, "failed");
      return true;
    }
    const entry: Loaded = { name, file, module: parsed.module, importedAt: anchor, dropped: new Set(), defines: new Set(), localImports: [] };
    const packageName = file.isPackage ? name : parts.slice(0, -1).join(".");
    for (const stmt of parsed.module.body) {
      const target = stmt.kind === "ImportFrom" ? absoluteName(stmt, packageName) : null;
      if (isMainGuard(stmt)) entry.dropped.add(stmt.start);
      else if (stmt.kind === "ImportFrom" && target !== null && target !== "__future__" && load(target)) {
        entry.dropped.add(stmt.start);
        entry.localImports.push({ target, names: stmt.names.map((a) => a.name) });
        checkImported(stmt, target);
        for (const a of stmt.names) entry.defines.add(a.asname ?? a.name);
      } else for (const n of boundNames(stmt)) entry.defines.add(n);
    }
    loaded.set(name, entry);
    order.push(entry);
    return true;
  };

  /** Reports what `from <local module> import ...` asks for that cannot be given. */
  const checkImported = (stmt: py.ImportFrom, target: string): void => {
    const from = loaded.get(target);
    for (const alias of stmt.names) {
      if (alias.name === "*") report(`\`from ${target} import *\` of a local module is not supported: import the names it uses`);
      else if (typeof from !== "object") continue;
      else if (alias.asname !== null && alias.asname !== alias.name) report(`\`from ${target} import ${alias.name} as ${alias.asname}\`: a local module's name imported under another name is not supported`);
      else if (from.defines.has(alias.name)) continue;
      else if (resolve(`${target}.${alias.name}`)) report(`\`from ${target} import ${alias.name}\` imports a module: only functions, classes and values of a local module are supported`);
      else report(`cannot import name '${alias.name}' from '${target}' (${from.file.path})`);
    }
  };

  const mainBindings = new Map<string, string>();
  const mainImports: LocalImport[] = [];
  const pathLines = new Set(resolve.bootstrap?.(main.module) ?? []);
  mainDropped.push(...pathLines);
  for (const stmt of main.module.body) {
    if (pathLines.has(stmt.start)) continue;
    if (stmt.kind !== "ImportFrom" || stmt.level > 0 || stmt.module === null || stmt.module === "__future__") {
      bindStatement(stmt, "__main__", mainBindings);
      continue;
    }
    anchor = { start: stmt.start, end: stmt.end };
    if (!load(stmt.module)) {
      bindStatement(stmt, "__main__", mainBindings);
      continue;
    }
    mainDropped.push(stmt.start);
    mainImports.push({ target: stmt.module, names: stmt.names.map((a) => a.name) });
    checkImported(stmt, stmt.module);
  }
  if (order.length === 0) return diagnostics.length > 0 || mainDropped.length > 0 ? { source: program, programStart: 0, modules: [], dropped: new Set(mainDropped), diagnostics } : null;
  const kept = keptStatements(order, mainImports);
  for (const m of order) for (const stmt of m.module.body) if (!kept.has(stmt)) m.dropped.add(stmt.start);
  for (const m of order) {
    // The translator reads `__name__` as the program's "__main__"; in a module it is the module's name.
    const names = new Set<string>();
    for (const stmt of m.module.body) if (kept.has(stmt)) collectNames(stmt, names);
    anchor = m.importedAt;
    if (names.has("__name__")) report(`\`__name__\` in the local module \`${m.name}\` is not supported (it would read "__main__")`);
  }
  // What the kept statements bind (a local import binds what its module defines, which is kept there).
  const keptBindings = (m: Loaded) => {
    const bindings = new Map<string, string>();
    for (const stmt of m.module.body) if (kept.has(stmt)) bindStatement(stmt, m.name, bindings);
    return bindings;
  };
  reportClashes([...order.map((m) => ({ label: `the local module \`${m.name}\``, bindings: keptBindings(m) })), { label: "this program", bindings: mainBindings }], report);

  let source = "";
  const modules: LinkedModule[] = [];
  const dropped = new Set<number>();
  for (const m of order) {
    const text = withoutFutureImports(m.file.source, m.module);
    modules.push({ name: m.name, path: m.file.path, start: source.length, lines: new LineMap(m.file.source), importedAt: m.importedAt });
    for (const offset of m.dropped) dropped.add(source.length + offset);
    source += text.endsWith("\n") ? text : `${text}\n`;
  }
  const programStart = source.length;
  for (const offset of mainDropped) dropped.add(programStart + offset);
  source += withoutFutureImports(program, main.module);
  return { source, programStart, modules, dropped, diagnostics };
}

/**
 * The modules' statements the program needs: definitions and imports of a module are left out when nothing
 * uses their names (a helper package defines more than one listing needs, some of it with libraries that
 * do not translate). Defining a function or importing a module prints nothing, so the program is the same;
 * other statements always stay. A name is used in a module when the program (or another module) imports
 * it from there, or a kept statement of that module mentions it.
 */
function keptStatements(modules: readonly Loaded[], programImports: readonly LocalImport[]): Set<py.Stmt> {
  const used = new Map<string, Set<string>>(modules.map((m) => [m.name, new Set<string>()]));
  const kept = new Set<py.Stmt>();
  let grew = true;
  const use = (module: string, name: string) => {
    const names = used.get(module);
    if (names && !names.has(name)) {
      names.add(name);
      grew = true;
    }
  };
  for (const i of programImports) for (const n of i.names) use(i.target, n);
  const removable = (stmt: py.Stmt) => ["FunctionDef", "AsyncFunctionDef", "ClassDef", "Import", "ImportFrom"].includes(stmt.kind) && !("decorator_list" in stmt && stmt.decorator_list.length > 0);
  while (grew) {
    grew = false;
    for (const m of modules) {
      const names = used.get(m.name)!;
      for (const stmt of m.module.body) {
        if (kept.has(stmt) || m.dropped.has(stmt.start)) continue;
        if (removable(stmt) && !boundNames(stmt).some((name) => names.has(name))) continue;
        kept.add(stmt);
        const mentioned = new Set<string>();
        collectNames(stmt, mentioned);
        for (const n of mentioned) use(m.name, n);
      }
      for (const i of m.localImports) for (const n of i.names) if (names.has(n)) use(i.target, n);
    }
  }
  return kept;
}

/** Every name a subtree reads or writes. */
export function collectNames(node: { readonly kind: string }, into: Set<string>): void {
  if (node.kind === "Name") into.add((node as py.Name).id);
  const record = node as unknown as Record<string, unknown>;
  for (const key of nodeFieldsOf(node)) {
    const value = record[key];
    for (const child of Array.isArray(value) ? value : [value]) {
      if (typeof child === "object" && child !== null && typeof (child as { kind?: unknown }).kind === "string") collectNames(child as { kind: string }, into);
    }
  }
}

/** `from .x import y` in package `util` is `util.x`; null past the top package. */
function absoluteName(stmt: py.ImportFrom, packageName: string): string | null {
  if (stmt.level === 0) return stmt.module;
  const base = packageName.split(".").filter((p) => p !== "");
  if (stmt.level > base.length) return null;
  const kept = base.slice(0, base.length - stmt.level + 1);
  return [...kept, ...(stmt.module ? [stmt.module] : [])].join(".") || null;
}

export function isMainGuard(stmt: py.Stmt): stmt is py.If {
  if (stmt.kind !== "If" || stmt.test.kind !== "Compare" || stmt.test.ops.length !== 1 || stmt.test.ops[0] !== "Eq") return false;
  const [left, right] = [stmt.test.left, stmt.test.comparators[0]!];
  const isName = (e: py.Expr) => e.kind === "Name" && e.id === "__name__";
  const isMain = (e: py.Expr) => e.kind === "Constant" && e.value === "__main__";
  return (isName(left) && isMain(right)) || (isMain(left) && isName(right));
}

function boundNames(stmt: py.Stmt): string[] {
  const bound = new Map<string, string>();
  bindStatement(stmt, "", bound);
  return [...bound.keys()];
}

/** The names a top-level statement binds, keyed by what they are bound to. */
function bindStatement(stmt: py.Stmt, moduleName: string, into: Map<string, string>): void {
  const own = (name: string) => into.set(name, `def:${moduleName}.${name}`);
  switch (stmt.kind) {
    case "FunctionDef":
    case "AsyncFunctionDef":
    case "ClassDef":
      own(stmt.name);
      break;
    case "Import":
      for (const a of stmt.names) into.set(a.asname ?? a.name.split(".")[0]!, `import:${a.asname ? a.name : a.name.split(".")[0]!}`);
      break;
    case "ImportFrom":
      for (const a of stmt.names) into.set(a.asname ?? a.name, `from:${stmt.module ?? ""}.${a.name}`);
      break;
    case "Assign":
      for (const t of stmt.targets) for (const n of targetNames(t)) own(n);
      break;
    case "AnnAssign":
    case "AugAssign":
      for (const n of targetNames(stmt.target)) own(n);
      break;
    default:
      break;
  }
}

function targetNames(t: py.Expr): string[] {
  if (t.kind === "Name") return [t.id];
  if (t.kind === "Tuple" || t.kind === "List") return t.elts.flatMap(targetNames);
  if (t.kind === "Starred") return targetNames(t.value);
  return [];
}

/** A name two modules bind to different things cannot share one namespace. */
function reportClashes(scopes: readonly { label: string; bindings: ReadonlyMap<string, string> }[], report: (message: string) => void): void {
  const seen = new Map<string, { key: string; label: string }>();
  for (const scope of scopes) {
    for (const [name, key] of scope.bindings) {
      const earlier = seen.get(name);
      if (earlier && earlier.key !== key) {
        report(`${earlier.label} and ${scope.label} both define \`${name}\`: asyncio-ts translates a program and its local modules as one namespace, so each name may have one meaning`);
      }
      seen.set(name, { key, label: scope.label });
    }
  }
}

/** `from __future__ import ...` is allowed only at a file's start: blanked (offsets kept), as it changes nothing here. */
function withoutFutureImports(source: string, module: py.Module): string {
  let text = source;
  for (const stmt of module.body) {
    if (stmt.kind === "ImportFrom" && stmt.module === "__future__") {
      text = text.slice(0, stmt.start) + text.slice(stmt.start, stmt.end).replace(/[^\n]/g, " ") + text.slice(stmt.end);
    }
  }
  return text;
}
