/**
 * State shared by the translation modules: scopes and symbols (with their inferred types, which
 * accumulate across passes until they settle), helpers used, notes and diagnostics of this pass.
 */
import type { DataclassSpec } from "./dataclasses";
import { LineMap } from "../core/lineMap";
import { diagnostic, type Diagnostic, type DiagnosticCode, type Span } from "../core/diagnostics";
import type * as py from "../python/ast";
import * as f from "../ts/factory";
import type * as ir from "../ts/ir";
import { walk } from "./astWalk";
import { BlockingCalls } from "./blockingCalls";
import { planEagerStarts, type EagerPlan } from "./eagerStart";
import { NameClaims, camelCase } from "./names";
import { noteCatalog, type NoteId, type NoteUse } from "./notes";
import { ScopeTable, type Scope } from "./scopes";
import { T, join, sameType, widened, type ClassInfo, type FunctionInfo, type PyType } from "./types";

export interface SymbolInfo {
  readonly pyName: string;
  readonly tsName: string;
  type: PyType;
  readonly kind: "var" | "param" | "function" | "class" | "module";
}

/** A translated expression with its static Python type. */
export interface Typed {
  readonly ir: ir.Expr;
  readonly type: PyType;
  /**
   * For a coroutine call `f(x)`: the eager call itself. `ir` then holds the lazy form `() => f(x)`,
   * and an `await` uses this instead.
   */
  readonly call?: ir.Expr;
}

export class TranslationContext {
  readonly scopes: ScopeTable;
  /** Coroutine calls and gathers that are exact as plain eager JavaScript (see eagerStart.ts). */
  readonly eager: EagerPlan;
  /** Calls that run an event loop and block until it stops, and the plain `def`s that make them. */
  readonly blocking: BlockingCalls;
  readonly symbols = new Map<Scope, Map<string, SymbolInfo>>();
  readonly functions = new Map<py.FunctionDef | py.Lambda, FunctionInfo>();
  readonly classes = new Map<py.ClassDef, ClassInfo>();
  private readonly claims = new Map<Scope, NameClaims>();
  /** Modules imported under a name: `import asyncio as aio` maps `aio` to `asyncio`. */
  readonly moduleAliases = new Map<string, string>();
  /** Names imported from asyncio: `from asyncio import sleep as nap` maps `nap` to `sleep`. */
  readonly asyncioImports = new Map<string, string>();
  /** Names imported from the other modules a translation knows: `from time import sleep as pause` maps `pause` to time's `sleep`. */
  readonly fromImports = new Map<string, { readonly module: string; readonly name: string }>();
  /** Type aliases (`Job = Tuple[int, str]`): the annotation each name stands for. */
  readonly typeAliases = new Map<string, py.Expr>();
  /** The TypedDicts among them (`Movie = dict[str, ...]`, typedDicts.ts): calling one makes a dict. */
  readonly typedDicts = new Map<string, py.Expr>();
  /** The `@dataclass` classes (their fields already turned into `__init__`, see dataclasses.ts). */
  dataclasses: ReadonlyMap<py.ClassDef, DataclassSpec> = new Map();

  // Per pass:
  diagnostics: Diagnostic[] = [];
  notes: NoteUse[] = [];
  helpers = new Set<string>();
  changed = false;
  /** Inside the async wrapper of module code after `asyncio.run` (see translateTopLevel). */
  awaitRun = false;
  /** The program prints tasks, futures or handles: their reprs need source positions (see positions.ts). Kept across passes. */
  positions = false;
  /**
   * Coroutine objects know their function and `def` line, without the line markers: enough for a finished task's repr
   * (`coro=<fail() done, defined at FILE:3>`), which CPython's "Task exception was never retrieved" shows. Kept across passes.
   */
  coroutinePositions = false;
  /** Translating asyncio.run's argument: asyncio.run reads main's outcome, so it never needs coroutinePositions. */
  inRunArgument = false;
  /** References a test around the code being translated proves are not None (noneNarrowing.ts), one set per test. */
  private readonly notNoneFacts: Set<string>[] = [];

  /** Translates with `facts` known: these references are not None there, until the code stores to one. */
  withNotNone<R>(facts: readonly string[], translate: () => R): R {
    this.notNoneFacts.push(new Set(facts));
    try {
      return translate();
    } finally {
      this.notNoneFacts.pop();
    }
  }

  /** Translates a function's body: the facts of the code around its `def` do not hold when it runs. */
  inOwnFacts<R>(translate: () => R): R {
    const outer = this.notNoneFacts.splice(0);
    this.notNoneFacts.push(new Set());
    try {
      return translate();
    } finally {
      this.notNoneFacts.splice(0, this.notNoneFacts.length, ...outer);
    }
  }

  /** `key` was just given a value that is not None: so it stays, in this block, until the code stores to it again. */
  assignedNotNone(key: string | null): void {
    if (key !== null) this.notNoneFacts.at(-1)?.add(key);
  }

  /** Whether a test around here proves `key` (see referenceKey) is not None. */
  knownNotNone(key: string | null): boolean {
    return key !== null && this.notNoneFacts.some((facts) => facts.has(key));
  }

  /** The code stores to `key` (`x = ...`, `x.attr = ...`): what the tests proved of it, and of its attributes, no longer holds. */
  storedTo(key: string | null): void {
    if (key === null) return;
    for (const facts of this.notNoneFacts) for (const fact of facts) if (fact === key || fact.startsWith(`${key}.`)) facts.delete(fact);
  }
  /** The expression an `await` is translating: a coroutine awaited where it is made is never a value the program prints. */
  awaitedNow: py.Expr | null = null;
  private lines: LineMap | null = null;
  private scopeStack: Scope[] = [];
  private generated = new Set<string>();
  /** Every identifier of the Python program, as written and camelCased. */
  private readonly userNames = new Set<string>();
  /** Every name the program reads somewhere (in any scope): a def whose name is not here is never called. */
  readonly readNames = new Set<string>();

  constructor(
    readonly module: py.Module,
    readonly source: string,
    private readonly reservedNames: ReadonlySet<string>,
    /** The line of an offset, where the source is more than one file (a program and its local modules). */
    private readonly lineOfOffset?: (offset: number) => number,
  ) {
    this.scopes = new ScopeTable(module);
    this.eager = planEagerStarts(module);
    this.blocking = new BlockingCalls(module);
    walk(module, (node) => {
      const name = node.kind === "Name" ? (node as py.Name).id : node.kind === "arg" ? (node as py.Arg).arg : node.kind === "ExceptHandler" ? (node as py.ExceptHandler).name : null;
      if (node.kind === "Name" && (node as py.Name).ctx !== "Store") this.readNames.add((node as py.Name).id);
      if (name) {
        this.userNames.add(name);
        this.userNames.add(camelCase(name));
      }
    });
    this.scopeStack = [this.scopes.module];
  }

  startPass(): void {
    this.unseenParams = new Set();
    this.diagnostics = [];
    this.notes = [];
    this.helpers = new Set();
    this.changed = false;
    this.generated = new Set();
    this.scopeStack = [this.scopes.module];
  }

  /**
   * Runs `body`; where every error it reported is `forgivable`, forgets what it reported, noted and used,
   * and gives those errors instead (the caller leaves the code out and says why).
   */
  unlessRefused<R>(body: () => R, forgivable: (d: Diagnostic) => boolean): { readonly value: R } | { readonly refused: readonly Diagnostic[] } {
    const diagnostics = this.diagnostics.length;
    const notes = this.notes.length;
    const helpers = new Set(this.helpers);
    const value = body();
    const refused = this.diagnostics.slice(diagnostics).filter((d) => d.severity === "error");
    if (refused.length === 0 || !refused.every(forgivable)) return { value };
    this.diagnostics.length = diagnostics;
    this.notes.length = notes;
    this.helpers = helpers;
    return { refused };
  }

  get scope(): Scope {
    return this.scopeStack[this.scopeStack.length - 1]!;
  }

  inScope<R>(node: object, body: () => R): R {
    this.scopeStack.push(this.scopes.scopeOf(node));
    try {
      return body();
    } finally {
      this.scopeStack.pop();
    }
  }

  /** Runs `body` in the scope around the current one (Python evaluates parameter defaults there). */
  inEnclosingScope<R>(body: () => R): R {
    const top = this.scopeStack.pop()!;
    try {
      return body();
    } finally {
      this.scopeStack.push(top);
    }
  }

  /** From now on the translation carries source positions; the pass that found out is not the last. */
  needPositions(): void {
    if (this.positions) return;
    this.positions = true;
    this.changed = true;
  }

  /** From now on coroutine objects carry their function's name and line (see coroutinePositions). */
  needCoroutinePositions(): void {
    if (this.positions || this.coroutinePositions) return;
    this.coroutinePositions = true;
    this.changed = true;
  }

  /** The 1-based line of an offset in the program. */
  lineOf(offset: number): number {
    if (this.lineOfOffset) return this.lineOfOffset(offset);
    this.lines ??= new LineMap(this.source);
    return this.lines.position(offset).line;
  }

  /**
   * Whether a blocking call here can be awaited: in the module code that waits for the loop (after the
   * first blocking call), in a `def` that blocks (translated as an async function), or in a coroutine.
   */
  canBlock(): boolean {
    const fn = this.enclosingFunction();
    if (!fn) return this.awaitRun;
    return fn.node.kind === "AsyncFunctionDef" || this.blocking.defs.has(fn.node as py.FunctionDef);
  }

  /** The class whose body a function here is written in (what Python's implicit `__class__` names), if any. */
  enclosingClassOfFunction(): Scope | null {
    let inFunction = false;
    for (let i = this.scopeStack.length - 1; i >= 0; i--) {
      const s = this.scopeStack[i]!;
      if (s.kind === "function" || s.kind === "lambda") inFunction = true;
      else if (s.kind === "class" && inFunction) return s;
    }
    return null;
  }

  /** The innermost enclosing function definition, if any. */
  enclosingFunction(): Scope | null {
    for (let i = this.scopeStack.length - 1; i >= 0; i--) {
      const s = this.scopeStack[i]!;
      if (s.kind === "function" || s.kind === "lambda") return s;
    }
    return null;
  }

  // ---------------------------------------------------------------------------------------------
  // Symbols

  private claimsFor(scope: Scope): NameClaims {
    let claims = this.claims.get(scope);
    if (!claims) {
      claims = scope.parent ? this.claimsFor(scope.parent).fork() : new NameClaims(this.reservedNames);
      this.claims.set(scope, claims);
    }
    return claims;
  }

  /** The symbol for `name` bound in `scope`, created (with a fresh TypeScript name) on first use. */
  symbol(scope: Scope, name: string, kind: SymbolInfo["kind"] = "var"): SymbolInfo {
    let table = this.symbols.get(scope);
    if (!table) {
      table = new Map();
      this.symbols.set(scope, table);
    }
    let sym = table.get(name);
    if (!sym) {
      const preferred = kind === "class" ? name : camelCase(name);
      sym = { pyName: name, tsName: this.claimsFor(scope).claim(preferred), type: T.never, kind };
      table.set(name, sym);
    }
    return sym;
  }

  /** Resolves a Python name from the current scope; null for builtins and undefined names. */
  lookup(name: string): SymbolInfo | null {
    const scope = this.scopes.resolve(this.scope, name);
    return scope ? this.symbol(scope, name) : null;
  }

  /**
   * Widens a class's field with a newly seen type (`self.x = v`, `self.xs.append(v)`); `current` is
   * its type as found on the class or a base. Marks the pass as changed when it grows.
   */
  widenField(cls: ClassInfo, attr: string, current: PyType | null | undefined, type: PyType): void {
    const next = current ? widened(current, join(current, type)) : type;
    if (!current || !sameType(current, next)) {
      cls.fields.set(attr, next);
      this.changed = true;
    }
  }

  /** Whether `name` is a module or a name imported from one, not a variable of the program (an import binds it with no type). */
  isImportedName(name: string): boolean {
    const sym = this.lookup(name);
    return !sym || sym.type.t === "never" || sym.type.t === "unknown";
  }

  /**
   * Parameters of a def no call has given a type to (one only passed as a key or callback, or a method
   * only the runtime calls, like `__contains__`). While
   * the passes find calls they stay `never`, which keeps the first passes optimistic; once nothing
   * changes, they become `unknown`, so their arithmetic is checked at run time as Python's is.
   */
  unseenParams = new Set<{ type: PyType }>();

  /** After a pass that changed nothing: whether giving the unseen parameters `unknown` needs another. */
  settleUnseenParams(): boolean {
    for (const sym of this.unseenParams) this.widen(sym, T.unknown);
    return this.changed;
  }

  /** Widens a symbol's type with a newly seen type; marks the pass as changed when it grows. */
  widen(sym: { type: PyType }, type: PyType): void {
    const next = widened(sym.type, join(sym.type, type));
    if (!sameType(next, sym.type)) {
      sym.type = next;
      this.changed = true;
    }
  }

  /**
   * A fresh name for generated code (`err`, `succeeded`...): never a name of the user's program nor
   * a helper, and the same in every pass (so output does not depend on how many passes ran).
   */
  unique(base: string): string {
    let name = base;
    for (let n = 2; this.userNames.has(name) || this.reservedNames.has(name) || this.generated.has(name); n++) name = `${base}${n}`;
    this.generated.add(name);
    return name;
  }

  // ---------------------------------------------------------------------------------------------
  // Output bookkeeping

  helper(name: string, span?: Span): ir.Ident {
    this.helpers.add(name);
    return f.id(name, span);
  }

  callHelper(name: string, args: readonly ir.Expr[], span?: Span): ir.CallExpr {
    return f.call(this.helper(name), args, span);
  }

  note(id: NoteId, span: Span): void {
    const { title, body } = noteCatalog[id];
    if (!this.notes.some((n) => n.id === id && n.span.start === span.start && n.span.end === span.end)) {
      this.notes.push({ id, title, body, span: { start: span.start, end: span.end } });
    }
  }

  report(code: DiagnosticCode, span: Span, message?: string): void {
    this.diagnostics.push(diagnostic(code, { start: span.start, end: span.end }, message));
  }

  /** A diagnostic said once per program (at its first place): every place would say the same. */
  reportOnce(code: DiagnosticCode, span: Span, message: string): void {
    if (!this.diagnostics.some((d) => d.code === code && d.message === message)) this.report(code, span, message);
  }

  /** The Python source text of a node, for messages. */
  text(span: Span): string {
    const raw = this.source.slice(span.start, span.end);
    return raw.length > 40 ? `${raw.slice(0, 37)}...` : raw;
  }

}
