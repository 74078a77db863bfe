/**
 * Python scopes and where each variable is declared in TypeScript.
 *
 * Python variables belong to the whole function; TypeScript `let`/`const` belong to a block. A
 * variable is declared where it is first assigned when every later use sits in that block after
 * the assignment (the common case: `const x = ...`); otherwise a `let x: T;` is placed before the
 * first statement that touches it, in the innermost block that holds all its uses.
 */
import type * as py from "../python/ast";
import { maybeUnboundReads } from "./unbound";
import { blockRunsAsFunction, comprehensionWalrusTargets, forEachChild, isScopeNode, statementBlocks, targetNames } from "./astWalk";

export type ScopeKind = "module" | "function" | "class" | "lambda" | "comprehension";

export interface Scope {
  readonly kind: ScopeKind;
  readonly node: py.Module | py.FunctionDef | py.ClassDef | py.Lambda | py.ListComp | py.DictComp;
  readonly parent: Scope | null;
  /** Names bound in this scope (assigned, defined, imported, parameters). */
  readonly locals: Set<string>;
  readonly params: Set<string>;
  readonly globals: Set<string>;
  readonly nonlocals: Set<string>;
  /** How many statements assign each local (from this scope or via `nonlocal`/`global`). */
  readonly storeCounts: Map<string, number>;
  /** The statement at which a local is declared inline, e.g. `const x = ...`. */
  readonly inlineDecl: Map<string, py.Stmt>;
  /** Loop variables used only inside loops that bind them: each such `for` declares its own. */
  readonly loopDecl: Map<string, Set<py.Stmt>>;
  /** Locals declared with `let x;` just before these statements. */
  readonly hoisted: Map<py.Stmt, string[]>;
  /**
   * `with`/`async with ... as x` names used only inside such blocks: each block's function takes `x` as its
   * parameter. Not declared when only `async with` binds them (a `with` may be written out where it is, see syncWith.ts).
   */
  readonly blockParams: Set<string>;
  /** Module level: where a name is read before any statement could have bound it (Python's NameError), by offset. */
  readonly unboundReads: Set<number>;
  /** In a function: reads of a local that may come before its assignment (UnboundLocalError), by offset. */
  readonly uncheckedReads: Set<number>;
  /** The locals with such reads: declared holding the runtime's unbound mark. */
  readonly mayBeUnbound: Set<string>;
}

interface Occurrence {
  readonly offset: number;
  readonly store: boolean;
  /** `except E as name`: declared inside the handler's block, never hoisted. */
  readonly handler?: boolean;
  /** A use inside a nested function or lambda: it runs when called, not where it is written. */
  readonly deferred?: boolean;
  /** A name read inside a nested scope, recorded at that scope's node. */
  readonly nested?: boolean;
  /** `(name := ...)`: an expression, so it cannot carry the name's declaration. */
  readonly walrus?: boolean;
  /** Statements from the scope's body down to the one containing the occurrence. */
  readonly chain: readonly { readonly block: readonly py.Stmt[]; readonly stmt: py.Stmt }[];
}

export class ScopeTable {
  private readonly byNode = new Map<object, Scope>();
  readonly module: Scope;

  constructor(module: py.Module) {
    this.module = this.build(module, "module", null);
  }

  scopeOf(node: object): Scope {
    const scope = this.byNode.get(node);
    if (!scope) throw new Error("internal: no scope recorded for node");
    return scope;
  }

  /** The scope in which `name`, used in `from`, is bound (null: a builtin or undefined name). */
  resolve(from: Scope, name: string): Scope | null {
    if (from.globals.has(name)) return this.module;
    let scope: Scope | null = from;
    let first = true;
    while (scope) {
      // A class body's names are not visible from the methods inside it.
      if ((first || scope.kind !== "class") && scope.locals.has(name) && !scope.nonlocals.has(name) && !scope.globals.has(name)) return scope;
      if (scope.globals.has(name)) return this.module;
      first = false;
      scope = scope.parent;
    }
    return null;
  }

  private build(node: Scope["node"], kind: ScopeKind, parent: Scope | null): Scope {
    const scope: Scope = {
      kind,
      node,
      parent,
      locals: new Set(),
      params: new Set(),
      globals: new Set(),
      nonlocals: new Set(),
      storeCounts: new Map(),
      inlineDecl: new Map(),
      loopDecl: new Map(),
      hoisted: new Map(),
      blockParams: new Set(),
      unboundReads: new Set(),
      uncheckedReads: new Set(),
      mayBeUnbound: new Set(),
    };
    this.byNode.set(node, scope);
    const occurrences = new Map<string, Occurrence[]>();
    const record = (name: string, occ: Occurrence) => {
      const list = occurrences.get(name) ?? [];
      list.push(occ);
      occurrences.set(name, list);
    };
    const countStore = (name: string) => {
      scope.locals.add(name);
      scope.storeCounts.set(name, (scope.storeCounts.get(name) ?? 0) + 1);
    };

    const visitExpr = (expr: { readonly kind: string }, chain: Occurrence["chain"]): void => {
      if (isScopeNode(expr)) {
        // A lambda's defaults are evaluated where it is written: they belong to this scope.
        if (expr.kind === "Lambda") for (const d of [...(expr as py.Lambda).args.defaults, ...(expr as py.Lambda).args.kw_defaults]) if (d) visitExpr(d, chain);
        // So is a comprehension's first iterable (`[ip for ip in ip]` reads this scope's `ip`).
        if ("generators" in expr) visitExpr((expr as py.ListComp).generators[0]!.iter, chain);
        // A `:=` inside a comprehension binds here (PEP 572); the comprehension's own scope leaves it free.
        if ("generators" in expr && scope.kind !== "comprehension") {
          for (const target of comprehensionWalrusTargets(expr)) {
            countStore(target.id);
            record(target.id, { offset: target.start, store: true, walrus: true, chain });
          }
        }
        this.childScope(expr as Scope["node"], scope, (name, deferred) => record(name, { offset: (expr as py.Expr).start, store: false, deferred, nested: true, chain }));
        return;
      }
      if (expr.kind === "Name") {
        const n = expr as py.Name;
        if (n.ctx !== "Load") countStore(n.id);
        record(n.id, { offset: n.start, store: n.ctx !== "Load", chain });
        return;
      }
      if (expr.kind === "NamedExpr") {
        const ne = expr as py.NamedExpr;
        visitExpr(ne.value, chain);
        if (kind === "comprehension") return;
        countStore(ne.target.id);
        record(ne.target.id, { offset: ne.target.start, store: true, walrus: true, chain });
        return;
      }
      forEachChild(expr, (child) => visitExpr(child, chain));
    };

    const visitBlock = (block: readonly py.Stmt[], outer: Occurrence["chain"]): void => {
      for (const stmt of block) visitStmt(stmt, [...outer, { block, stmt }]);
    };

    const visitStmt = (stmt: py.Stmt, chain: Occurrence["chain"]): void => {
      switch (stmt.kind) {
        case "FunctionDef":
        case "AsyncFunctionDef":
        case "ClassDef":
          for (const d of stmt.decorator_list) visitExpr(d, chain);
          if (stmt.kind === "ClassDef") for (const b of stmt.bases) visitExpr(b, chain);
          else for (const d of [...stmt.args.defaults, ...stmt.args.kw_defaults]) if (d) visitExpr(d, chain);
          countStore(stmt.name);
          record(stmt.name, { offset: stmt.start, store: true, chain });
          this.childScope(stmt, scope, (name, deferred) => record(name, { offset: stmt.start, store: false, deferred, nested: true, chain }));
          return;
        case "Global":
        case "Nonlocal":
          for (const name of stmt.names) (stmt.kind === "Global" ? scope.globals : scope.nonlocals).add(name);
          return;
        case "Import":
        case "ImportFrom":
          for (const alias of stmt.names) {
            const bound = alias.asname ?? alias.name.split(".")[0]!;
            countStore(bound);
            record(bound, { offset: stmt.start, store: true, chain });
          }
          return;
        case "Try":
        case "TryStar":
          visitBlock(stmt.body, chain);
          for (const h of stmt.handlers) {
            if (h.type) visitExpr(h.type, chain);
            if (h.name) {
              countStore(h.name);
              record(h.name, { offset: h.start, store: true, handler: true, chain });
            }
            visitBlock(h.body, chain);
          }
          visitBlock(stmt.orelse, chain);
          visitBlock(stmt.finalbody, chain);
          return;
        default:
          break;
      }
      forEachChild(stmt, (child, field) => {
        // Nested blocks are visited through statementBlocks, with the chain extended.
        if (field === "body" || field === "orelse" || child.kind === "match_case") return;
        visitExpr(child, chain);
      });
      for (const block of statementBlocks(stmt)) visitBlock(block, chain);
    };

    this.bindParameters(node, scope, countStore);
    if (node.kind === "Lambda") visitExpr(node.body, []);
    else if (node.kind === "ListComp" || node.kind === "SetComp" || node.kind === "GeneratorExp" || node.kind === "DictComp") {
      this.visitComprehension(node, visitExpr);
    } else visitBlock((node as py.Module | py.FunctionDef | py.ClassDef).body, []);

    for (const name of scope.nonlocals) this.propagateStore(scope.parent, name, scope.storeCounts.get(name) ?? 0);
    for (const name of scope.globals) this.propagateStore(this.byNode.get(this.rootOf(scope).node) ?? null, name, scope.storeCounts.get(name) ?? 0);
    if (kind !== "class" && kind !== "lambda" && kind !== "comprehension") this.planDeclarations(scope, occurrences);
    if (kind === "module") {
      findUnboundReads(scope, occurrences);
      declareGlobalsAssignedElsewhere(scope, occurrences);
    }
    return scope;
  }

  private rootOf(scope: Scope): Scope {
    let s = scope;
    while (s.parent) s = s.parent;
    return s;
  }

  private propagateStore(target: Scope | null, name: string, count: number): void {
    if (!target || count === 0) return;
    if (target.kind === "module" || target.locals.has(name)) {
      target.storeCounts.set(name, (target.storeCounts.get(name) ?? 0) + count);
      target.locals.add(name);
      return;
    }
    this.propagateStore(target.parent, name, count);
  }

  private childScope(node: Scope["node"], parent: Scope, onFreeName: (name: string, deferred: boolean) => void): void {
    const kind: ScopeKind =
      node.kind === "ClassDef" ? "class" : node.kind === "Lambda" ? "lambda" : node.kind === "FunctionDef" || node.kind === "AsyncFunctionDef" ? "function" : "comprehension";
    const child = this.build(node, kind, parent);
    // Names an inner scope reads but does not bind count as uses in this scope at the inner node;
    // deferred when only a function body reads them (they are looked up when it is called).
    const free = new Map<string, boolean>();
    collectFree(child, this, free, false);
    for (const [name, deferred] of free) onFreeName(name, deferred);
  }

  private bindParameters(node: Scope["node"], scope: Scope, countStore: (name: string) => void): void {
    if (node.kind !== "FunctionDef" && node.kind !== "AsyncFunctionDef" && node.kind !== "Lambda") return;
    const a = node.args;
    for (const p of [...a.posonlyargs, ...a.args, ...(a.vararg ? [a.vararg] : []), ...a.kwonlyargs, ...(a.kwarg ? [a.kwarg] : [])]) {
      scope.params.add(p.arg);
      countStore(p.arg);
    }
  }

  private visitComprehension(
    node: py.ListComp | py.DictComp,
    visitExpr: (e: { readonly kind: string }, chain: Occurrence["chain"]) => void,
  ): void {
    node.generators.forEach((gen, i) => {
      if (i > 0) visitExpr(gen.iter, []);
      visitExpr(gen.target, []);
      for (const cond of gen.ifs) visitExpr(cond, []);
    });
    if (node.kind === "DictComp") {
      visitExpr(node.key, []);
      visitExpr(node.value, []);
    } else visitExpr(node.elt, []);
  }

  private planDeclarations(scope: Scope, occurrences: Map<string, Occurrence[]>): void {
    for (const [name, occs] of occurrences) {
      if (!scope.locals.has(name) || scope.params.has(name) || scope.globals.has(name) || scope.nonlocals.has(name)) continue;
      const stores = occs.filter((o) => o.store);
      if (stores.length === 0 || stores.every((o) => o.handler)) continue;
      const binders = scope.storeCounts.get(name) === stores.length ? blockParameterOf(name, occs) : null;
      if (binders) {
        scope.blockParams.add(name);
        if (binders.every((b) => b.kind === "AsyncWith")) continue;
      }
      if (isForwardDefinition(stores, occs)) {
        scope.inlineDecl.set(name, stores[0]!.chain[0]!.stmt);
        continue;
      }
      const first = occs.reduce((a, b) => (b.offset < a.offset ? b : a));
      const decl = first.store ? first.chain[first.chain.length - 1] : undefined;
      // A function defined twice is a variable: TypeScript cannot assign to a function declaration.
      const redefinedFunction = stores.length > 1 && stores.some((o) => isFunctionDef(o.chain[o.chain.length - 1]!.stmt, name));
      if (decl && !first.walrus && !redefinedFunction && declaresInline(decl.stmt) && occs.every((o) => isAtOrAfter(o, decl))) {
        scope.inlineDecl.set(name, decl.stmt);
        continue;
      }
      const loops = bindingLoops(name, occs);
      if (loops) {
        scope.loopDecl.set(name, loops);
        continue;
      }
      // A def or class statement is a declaration TypeScript hoists; it cannot hold the unbound mark.
      const unchecked = scope.kind === "function" && !stores.some((o) => isDefinition(o.chain[o.chain.length - 1]!.stmt, name)) ? maybeUnboundReads(name, occs) : [];
      for (const offset of unchecked) scope.uncheckedReads.add(offset);
      if (unchecked.length > 0) scope.mayBeUnbound.add(name);
      // A variable that may be read unassigned keeps its value across a loop's turns: declared outside the loop.
      const anchor = commonAnchor(occs, unchecked.length > 0);
      if (anchor) scope.hoisted.set(anchor, [...(scope.hoisted.get(anchor) ?? []), name]);
    }
  }
}

/**
 * When every occurrence of `name` is inside a `for` that binds it (in its target or body), and only
 * those loops assign it: the loops, each of which can declare its own `const`.
 */
function bindingLoops(name: string, occs: readonly Occurrence[]): Set<py.Stmt> | null {
  const loops = new Set<py.Stmt>();
  for (const occ of occs) {
    const link = occ.chain.find((c) => (c.stmt.kind === "For" || c.stmt.kind === "AsyncFor") && targetNames(c.stmt.target).some((n) => n.id === name));
    if (!link) return null;
    const loop = link.stmt as py.For;
    const inTarget = occ.offset >= loop.target.start && occ.offset < loop.target.end;
    const inner = occ.chain[occ.chain.indexOf(link) + 1];
    if (!inTarget && inner?.block !== loop.body) return null;
    if (occ.store && !inTarget) return null;
    loops.add(loop);
  }
  return loops.size > 1 ? loops : null;
}

/**
 * When every occurrence of `name` is in a `with`/`async with ... as name` block that runs as a function of
 * its own (in its target or its body, not nested in another such block for the same name) and only those
 * targets assign it: the blocks, whose functions can take the value as their parameter.
 */
function blockParameterOf(name: string, occs: readonly Occurrence[]): py.With[] | null {
  const binders = new Set<py.With>();
  const binds = (w: py.With): boolean => w.items.some((i) => i.optional_vars?.kind === "Name" && i.optional_vars.id === name);
  for (const occ of occs) {
    const links = occ.chain.filter((c) => (c.stmt.kind === "AsyncWith" || c.stmt.kind === "With") && binds(c.stmt));
    if (links.length !== 1) return null;
    const block = links[0]!.stmt as py.With;
    if (!blockRunsAsFunction(block)) return null;
    const bound = block.items.findIndex((i) => i.optional_vars?.kind === "Name" && i.optional_vars.id === name);
    const inTarget = occ.offset === block.items[bound]!.optional_vars!.start;
    // A later manager of the same statement (`async with A() as a, B(a) as b:`) is entered inside a's block.
    const inLaterItem = block.items.slice(bound + 1).some((i) => occ.offset >= i.context_expr.start && occ.offset < i.context_expr.end);
    const inBody = occ.chain[occ.chain.indexOf(links[0]!) + 1]?.block === block.body;
    if (inTarget ? !occ.store : occ.store || !(inBody || inLaterItem)) return null;
    binders.add(block);
  }
  return [...binders];
}

/** Free names of a nested scope (every name it loads and does not bind), each with whether only function bodies read it. */
function collectFree(scope: Scope, table: ScopeTable, out: Map<string, boolean>, outerDeferred: boolean): void {
  const deferred = outerDeferred || scope.kind === "function" || scope.kind === "lambda";
  const add = (name: string) => out.set(name, (out.get(name) ?? true) && deferred);
  const visit = (node: { readonly kind: string }) => {
    if (node !== scope.node && isScopeNode(node)) {
      collectFree(table.scopeOf(node), table, out, deferred);
      return;
    }
    if (node.kind === "Name") {
      const n = node as py.Name;
      if (!scope.locals.has(n.id) || scope.nonlocals.has(n.id)) add(n.id);
    }
    forEachChild(node, visit);
  };
  forEachChild(scope.node, visit);
  for (const n of scope.nonlocals) add(n);
}

/**
 * A module variable that only functions assign (`global late` then `late = 10` inside a function)
 * has no statement of its own at module level: declare it before the module's first statement.
 */
function declareGlobalsAssignedElsewhere(scope: Scope, occurrences: Map<string, Occurrence[]>): void {
  const first = (scope.node as py.Module).body[0];
  if (!first) return;
  const planned = new Set([...scope.inlineDecl.keys(), ...scope.loopDecl.keys(), ...[...scope.hoisted.values()].flat()]);
  const names = [...scope.locals].filter((n) => !planned.has(n) && !(occurrences.get(n) ?? []).some((o) => o.store));
  if (names.length > 0) scope.hoisted.set(first, [...names, ...(scope.hoisted.get(first) ?? [])]);
}

/**
 * Module-level reads that come before every statement binding the name, in the module's own
 * straight-line code (`print(x)` then `x = 1`): Python raises NameError there. Names a function
 * assigns through `global` are left alone (the function may have run first).
 */
function findUnboundReads(scope: Scope, occurrences: Map<string, Occurrence[]>): void {
  const body = (scope.node as py.Module).body;
  for (const [name, occs] of occurrences) {
    const stores = occs.filter((o) => o.store);
    if (stores.length === 0 || scope.storeCounts.get(name) !== stores.length) continue;
    const firstStore = Math.min(...stores.map((o) => body.indexOf(o.chain[0]!.stmt)));
    for (const o of occs) {
      if (!o.store && !o.nested && !o.deferred && body.indexOf(o.chain[0]!.stmt) < firstStore) scope.unboundReads.add(o.offset);
    }
  }
}

/**
 * A function or class defined once at the top of its scope and read earlier only from inside function
 * bodies (`async def main(): await worker()` before `async def worker`), as in mutual recursion: its
 * own declaration serves, since those bodies run after it (a JS function declaration is hoisted; a
 * class read before its statement ran fails as Python's NameError would).
 */
function isForwardDefinition(stores: readonly Occurrence[], occs: readonly Occurrence[]): boolean {
  const def = stores.length === 1 ? stores[0]! : null;
  if (!def || def.chain.length !== 1) return false;
  const stmt = def.chain[0]!.stmt;
  if (stmt.kind !== "FunctionDef" && stmt.kind !== "AsyncFunctionDef" && stmt.kind !== "ClassDef") return false;
  return occs.every((o) => o === def || o.deferred === true || (o.chain[0]!.stmt === stmt) || o.offset > stmt.end);
}

function isDefinition(stmt: py.Stmt, name: string): boolean {
  return (stmt.kind === "FunctionDef" || stmt.kind === "AsyncFunctionDef" || stmt.kind === "ClassDef") && stmt.name === name;
}

function isFunctionDef(stmt: py.Stmt, name: string): boolean {
  return (stmt.kind === "FunctionDef" || stmt.kind === "AsyncFunctionDef") && stmt.name === name;
}

/** Statements that can carry a declaration: `x = ...`, `x: T = ...`, `a, b = ...`, `for x in`, `with ... as x`. */
function declaresInline(stmt: py.Stmt): boolean {
  switch (stmt.kind) {
    case "Assign":
      return stmt.targets.length === 1 && targetNames(stmt.targets[0]!).length > 0 && isPlainTarget(stmt.targets[0]!);
    case "AnnAssign":
      return stmt.target.kind === "Name";
    case "For":
    case "AsyncFor":
      return isPlainTarget(stmt.target);
    case "With":
    case "AsyncWith":
      return stmt.items.every((i) => !i.optional_vars || i.optional_vars.kind === "Name");
    case "FunctionDef":
    case "AsyncFunctionDef":
    case "ClassDef":
    case "Import":
    case "ImportFrom":
      return true;
    default:
      return false;
  }
}

function isPlainTarget(target: py.Expr): boolean {
  if (target.kind === "Name") return true;
  if (target.kind === "Tuple" || target.kind === "List") return target.elts.every((e) => isPlainTarget(e.kind === "Starred" ? e.value : e));
  return false;
}

/** Whether an occurrence is in the declaring statement's block, at or after it (or inside it). */
function isAtOrAfter(occ: Occurrence, decl: Occurrence["chain"][number]): boolean {
  const link = occ.chain.find((c) => c.block === decl.block);
  if (!link) return false;
  if (decl.stmt.kind === "For" || decl.stmt.kind === "AsyncFor") {
    // A loop variable declared by `for (const x of ...)` exists only inside the loop body.
    const inner = occ.chain[occ.chain.indexOf(link) + 1];
    const inTarget = occ.offset >= decl.stmt.target.start && occ.offset < decl.stmt.target.end;
    return link.stmt === decl.stmt && (inTarget || inner?.block === decl.stmt.body);
  }
  return decl.block.indexOf(link.stmt) >= decl.block.indexOf(decl.stmt);
}

/** The statement, in the innermost block shared by all occurrences, before which to declare. */
function commonAnchor(occs: readonly Occurrence[], outsideLoops: boolean): py.Stmt | undefined {
  let depth = 0;
  for (;;) {
    const block = occs[0]!.chain[depth]?.block;
    if (!block || !occs.every((o) => o.chain[depth]?.block === block)) break;
    const stmt = occs[0]!.chain[depth]!.stmt;
    if (!occs.every((o) => o.chain[depth]!.stmt === stmt)) {
      // The occurrences spread over several statements of this block: declare before the first.
      return occs.map((o) => o.chain[depth]!.stmt).reduce((a, b) => (block.indexOf(b) < block.indexOf(a) ? b : a));
    }
    if (outsideLoops && (stmt.kind === "For" || stmt.kind === "AsyncFor" || stmt.kind === "While")) return stmt;
    depth++;
    // All occurrences are inside one statement. Go deeper only into a nested block of it.
    if (!occs.every((o) => o.chain.length > depth)) return stmt;
  }
  return occs[0]!.chain[Math.max(0, depth - 1)]?.stmt;
}
