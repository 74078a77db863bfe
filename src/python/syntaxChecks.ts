/**
 * The checks CPython makes after parsing (in its compiler and symbol table) and tree-sitter does
 * not make at all: where `await`, `yield`, `return`, `break`, `continue`, `async for/with` and
 * `nonlocal` may appear, `return` with a value in an async generator, starred expressions used
 * as values, a bare `except:` before others, `global` after a use, statically nested blocks, the
 * soft keywords `await`/`async` used as names, `:=` unparenthesized as a statement. Messages are CPython's.
 */
import { diagnostic, type Diagnostic } from "../core/diagnostics";
import type { Expr, Module, Node, Stmt } from "./ast";
import { nodeFieldsOf } from "./nodeFields";

type ScopeKind = "module" | "function" | "async function" | "lambda" | "class" | "comprehension";

interface Scope {
  readonly kind: ScopeKind;
  readonly parent: Scope | null;
  /** For comprehensions: which one, in CPython's words ("list comprehension"), and the node. */
  readonly what?: string;
  readonly node?: Expr;
  loops: number;
  /** Blocks CPython's compiler keeps open here (loops, try, with, handlers): at most 20 (CO_MAXBLOCKS). */
  blocks: number;
  hasYield: boolean;
  readonly valueReturns: Stmt[];
  /** What the scope did with each name so far, in source order, for `global`/`nonlocal` checks. */
  readonly uses: Map<string, NameUse>;
}

type NameUse = "parameter" | "used" | "annotated" | "assigned";

/** CPython's CO_MAXBLOCKS. */
const MAX_BLOCKS = 20;

/** `source`: the text the module was parsed from (for positions of tokens the AST does not keep). */
export function checkModule(module: Module, source = ""): Diagnostic[] {
  const checker = new Checker(source);
  checker.body(module.body, newScope("module", null));
  return checker.diagnostics;
}

function newScope(kind: ScopeKind, parent: Scope | null, what?: string, node?: Expr): Scope {
  return { kind, parent, what, node, loops: 0, blocks: 0, hasYield: false, valueReturns: [], uses: new Map() };
}

const comprehensionNames: Readonly<Record<string, string>> = {
  ListComp: "list comprehension", SetComp: "set comprehension", DictComp: "dict comprehension", GeneratorExp: "generator expression",
};

class Checker {
  readonly diagnostics: Diagnostic[] = [];

  constructor(private readonly source: string) {}

  private error(node: { start: number; end: number }, message: string, code: Diagnostic["code"] = "PY1000"): void {
    this.diagnostics.push(diagnostic(code, { start: node.start, end: node.end }, message));
  }

  body(statements: readonly Stmt[], scope: Scope): void {
    for (const s of statements) this.statement(s, scope);
  }

  private statement(s: Stmt, scope: Scope): void {
    switch (s.kind) {
      case "FunctionDef":
      case "AsyncFunctionDef": return this.functionDef(s, scope);
      case "ClassDef":
        this.children(s, scope, ["body"]);
        this.use(scope, s.name, "assigned");
        return this.body(s.body, newScope("class", scope));
      case "Return": return this.returnStatement(s, scope);
      case "For":
      case "AsyncFor":
      case "While": return this.loop(s, scope);
      case "With":
      case "AsyncWith":
        if (s.kind === "AsyncWith" && scope.kind !== "async function") this.error(s, "'async with' outside async function", "PY1020");
        // `with a, b:` is compiled as two nested `with` blocks.
        this.children(s, scope, ["body"]);
        return this.inBlocks(s, scope, s.items.length, () => this.body(s.body, scope));
      case "Break":
        if (scope.loops === 0) this.error(s, "'break' outside loop", "PY1012");
        return;
      case "Continue":
        if (scope.loops === 0) this.error(s, "'continue' not properly in loop", "PY1013");
        return;
      case "Global":
      case "Nonlocal":
        if (s.kind === "Nonlocal" && scope.kind === "module") this.error(s, "nonlocal declaration not allowed at module level", "PY1021");
        return this.declaration(s, scope);
      case "Expr":
        if (s.value.kind === "NamedExpr" && s.value.start === s.start) this.unparenthesizedWalrus(s.value);
        return this.children(s, scope);

      case "Try":
      case "TryStar": return this.tryStatement(s, scope);
      case "Assign": return this.assign(s, scope);
      case "AnnAssign":
        if (s.target.kind === "Name") this.use(scope, s.target.id, "annotated");
        return this.children(s, scope);
      default: return this.children(s, scope);
    }
  }

  private functionDef(s: Extract<Stmt, { kind: "FunctionDef" | "AsyncFunctionDef" }>, scope: Scope): void {
    this.children(s, scope, ["body"]);
    this.use(scope, s.name, "assigned");
    const inner = newScope(s.kind === "AsyncFunctionDef" ? "async function" : "function", scope);
    const a = s.args;
    for (const p of [...a.posonlyargs, ...a.args, ...(a.vararg ? [a.vararg] : []), ...a.kwonlyargs, ...(a.kwarg ? [a.kwarg] : [])]) {
      this.use(inner, p.arg, "parameter");
    }
    this.body(s.body, inner);
    if (inner.kind === "async function" && inner.hasYield) {
      for (const r of inner.valueReturns) this.error(r, "'return' with value in async generator", "PY1010");
    }
  }

  private returnStatement(s: Extract<Stmt, { kind: "Return" }>, scope: Scope): void {
    if (scope.kind !== "function" && scope.kind !== "async function") this.error(s, "'return' outside function", "PY1011");
    else if (s.value) scope.valueReturns.push(s);
    this.children(s, scope);
  }

  /** The loop body is in the loop; the `else` clause is not. */
  private loop(s: Extract<Stmt, { kind: "For" | "AsyncFor" | "While" }>, scope: Scope): void {
    if (s.kind === "AsyncFor" && scope.kind !== "async function") this.error(s, "'async for' outside async function", "PY1020");
    this.children(s, scope, ["body", "orelse"]);
    scope.loops++;
    this.inBlocks(s, scope, 1, () => this.body(s.body, scope));
    scope.loops--;
    this.body(s.orelse, scope);
  }

  /**
   * As CPython's compiler counts blocks: the body of a `try` with handlers is one block, a `finally`
   * adds one around body, handlers and `else`; a handler's body is two more (the handler and its cleanup),
   * the `finally` body one.
   */
  private tryStatement(s: Extract<Stmt, { kind: "Try" | "TryStar" }>, scope: Scope): void {
    s.handlers.forEach((h, i) => {
      if (h.type === null && i < s.handlers.length - 1) this.error(h, "default 'except:' must be last");
    });
    const hasFinally = s.finalbody.length > 0;
    const hasHandlers = s.handlers.length > 0;
    this.inBlocks(s, scope, hasFinally ? 1 : 0, () => {
      this.inBlocks(s, scope, hasHandlers ? 1 : 0, () => this.body(s.body, scope));
      for (const h of s.handlers) {
        if (h.type) this.expression(h.type, scope, false);
        if (h.name !== null) this.use(scope, h.name, "assigned");
        this.inBlocks(h, scope, 2, () => this.body(h.body, scope));
      }
      this.body(s.orelse, scope);
    });
    if (hasFinally) this.inBlocks(s, scope, 1, () => this.body(s.finalbody, scope));
  }

  /** Runs `visit` with `count` more blocks open; the statement that opens one too many is reported. */
  private inBlocks(at: { start: number; end: number }, scope: Scope, count: number, visit: () => void): void {
    if (scope.blocks <= MAX_BLOCKS && scope.blocks + count > MAX_BLOCKS) this.error(at, "too many statically nested blocks", "PY1099");
    scope.blocks += count;
    try {
      visit();
    } finally {
      scope.blocks -= count;
    }
  }

  /**
   * CPython's symtable: `global x` / `nonlocal x` after the scope used, assigned or took `x` as a
   * parameter (an import before it is allowed: CPython does not count it).
   */
  private declaration(s: Extract<Stmt, { kind: "Global" | "Nonlocal" }>, scope: Scope): void {
    const keyword = s.kind === "Global" ? "global" : "nonlocal";
    for (const name of s.names) {
      const use = scope.uses.get(name);
      if (use === "parameter") this.error(s, `name '${name}' is parameter and ${keyword}`, "PY1021");
      else if (use === "used") this.error(s, `name '${name}' is used prior to ${keyword} declaration`, "PY1021");
      else if (use === "annotated") this.error(s, `annotated name '${name}' can't be ${keyword}`, "PY1021");
      else if (use === "assigned") this.error(s, `name '${name}' is assigned to before ${keyword} declaration`, "PY1021");
    }
  }

  /** Records the strongest thing done with `name` in this scope (CPython's flags, in its order of precedence). */
  private use(scope: Scope, name: string, what: NameUse): void {
    const rank: Record<NameUse, number> = { parameter: 3, used: 2, annotated: 1, assigned: 0 };
    const before = scope.uses.get(name);
    if (before === undefined || rank[what] > rank[before]) scope.uses.set(name, what);
  }

  /** `x := 1` as a statement: CPython requires parentheses and reports the operator. */
  private unparenthesizedWalrus(e: Extract<Expr, { kind: "NamedExpr" }>): void {
    const at = this.source ? this.source.indexOf(":=", e.target.end) : -1;
    this.error(at >= 0 && at < e.value.start ? { start: at, end: at + 2 } : e, "invalid syntax");
  }

  /** `await = 1`, `async = 2`: keywords since 3.7; CPython reports the token after them. */
  private keywordAsName(e: Extract<Expr, { kind: "Name" }>): void {
    let at = e.end;
    while (this.source[at] === " " || this.source[at] === "\t") at++;
    this.error(at < this.source.length ? { start: at, end: at + 1 } : e, "invalid syntax");
  }

  private assign(s: Extract<Stmt, { kind: "Assign" }>, scope: Scope): void {
    for (const target of s.targets) {
      if (target.kind === "Starred") this.error(target, "starred assignment target must be in a list or tuple", "PY1025");
    }
    // `x = y := 1`: only `x = (y := 1)` is valid
    const lastTarget = s.targets[s.targets.length - 1];
    if (s.value.kind === "NamedExpr" && this.source && lastTarget && !this.source.slice(lastTarget.end, s.value.start).includes("(")) {
      this.unparenthesizedWalrus(s.value);
    }
    this.children(s, scope);
  }

  // -------------------------------------------------------------------------------------------
  // Expressions

  private expression(e: Expr, scope: Scope, starAllowed: boolean): void {
    switch (e.kind) {
      case "Await": return this.awaitExpression(e, scope);
      case "Yield":
      case "YieldFrom": return this.yieldExpression(e, scope);
      case "Lambda":
        this.children(e.args, scope);
        return this.expression(e.body, newScope("lambda", scope), false);
      case "ListComp":
      case "SetComp":
      case "GeneratorExp":
      case "DictComp": return this.comprehension(e, scope);
      case "Starred":
        if (!starAllowed && e.ctx === "Load") this.error(e, "can't use starred expression here", "PY1025");
        return this.expression(e.value, scope, false);
      case "Name":
        if (e.id === "await" || e.id === "async") this.keywordAsName(e);
        if (scope.kind !== "comprehension") this.use(scope, e.id, e.ctx === "Load" ? "used" : "assigned");
        return;
      default: return this.children(e, scope);
    }
  }

  private awaitExpression(e: Extract<Expr, { kind: "Await" }>, scope: Scope): void {
    const owner = functionOf(scope);
    if (scope.kind === "comprehension" && owner?.kind !== "async function" && scope.what !== "generator expression") {
      this.error(scope.node ?? e, "asynchronous comprehension outside of an asynchronous function", "PY1009");
    } else if (!owner || owner.kind === "class" || owner.kind === "module") {
      if (scope.kind !== "comprehension") this.error(e, "'await' outside function", "PY1009");
    } else if (owner.kind !== "async function" && scope.kind !== "comprehension") {
      this.error(e, "'await' outside async function", "PY1009");
    }
    this.expression(e.value, scope, false);
  }

  private yieldExpression(e: Extract<Expr, { kind: "Yield" | "YieldFrom" }>, scope: Scope): void {
    if (scope.kind === "comprehension") this.error(e, `'yield' inside ${scope.what ?? "comprehension"}`, "PY1014");
    else if (scope.kind === "module" || scope.kind === "class") this.error(e, "'yield' outside function", "PY1014");
    else if (e.kind === "YieldFrom" && scope.kind === "async function") this.error(e, "'yield from' inside async function", "PY1014");
    scope.hasYield = true;
    if (e.value) this.expression(e.value, scope, false);
  }

  /** The first iterable is evaluated in the enclosing scope; the rest in the comprehension's own. */
  private comprehension(e: Extract<Expr, { kind: "ListComp" | "SetComp" | "GeneratorExp" | "DictComp" }>, scope: Scope): void {
    const what = comprehensionNames[e.kind]!;
    const inner = newScope("comprehension", scope, what, e);
    const owner = functionOf(scope);
    e.generators.forEach((g, i) => {
      if (g.is_async && owner?.kind !== "async function" && e.kind !== "GeneratorExp") {
        this.error(e, "asynchronous comprehension outside of an asynchronous function", "PY1009");
      }
      this.expression(g.iter, i === 0 ? scope : inner, false);
      this.expression(g.target, inner, false);
      for (const condition of g.ifs) this.expression(condition, inner, false);
    });
    if (e.kind === "DictComp") {
      this.expression(e.key, inner, false);
      this.expression(e.value, inner, false);
    } else {
      this.expression(e.elt, inner, false);
    }
  }

  /** Visits every child node of `node` (skipping `skip` fields), statements and expressions alike. */
  private children(node: Node, scope: Scope, skip: readonly string[] = []): void {
    const starAllowed = node.kind === "Tuple" || node.kind === "List" || node.kind === "Set" || node.kind === "Call" || node.kind === "ClassDef";
    const record = node as unknown as Record<string, unknown>;
    for (const key of nodeFieldsOf(node)) {
      const value = record[key];
      if (skip.includes(key) || value === null || typeof value !== "object") continue;
      const items: unknown[] = Array.isArray(value) ? value : [value];
      // Targets are checked by targets.ts; `*args: *Ts` (PEP 646) is a starred annotation.
      const allowed = starAllowed || key === "targets" || key === "target" || (node.kind === "arg" && key === "annotation");
      for (const item of items) this.visit(item, scope, allowed);
    }
  }

  private visit(item: unknown, scope: Scope, starAllowed: boolean): void {
    if (item === null || typeof item !== "object" || !("kind" in item)) return;
    const node = item as Node;
    if (isStatement(node)) this.statement(node, scope);
    else if (isExpression(node)) this.expression(node, scope, starAllowed);
    else this.children(node, scope);
  }
}

/** The innermost enclosing function, lambda, class or module (comprehensions are transparent). */
function functionOf(scope: Scope): Scope | null {
  let s: Scope | null = scope;
  while (s && s.kind === "comprehension") s = s.parent;
  return s;
}

const statementKinds = new Set([
  "FunctionDef", "AsyncFunctionDef", "ClassDef", "Return", "Delete", "Assign", "AugAssign", "AnnAssign", "For", "AsyncFor",
  "While", "If", "With", "AsyncWith", "Match", "Raise", "Try", "TryStar", "Assert", "Import", "ImportFrom", "Global",
  "Nonlocal", "Expr", "Pass", "Break", "Continue",
]);
const expressionKinds = new Set([
  "BoolOp", "NamedExpr", "BinOp", "UnaryOp", "Lambda", "IfExp", "Dict", "Set", "ListComp", "SetComp", "GeneratorExp",
  "DictComp", "Await", "Yield", "YieldFrom", "Compare", "Call", "FormattedValue", "JoinedStr", "Constant", "Attribute",
  "Subscript", "Starred", "Name", "List", "Tuple", "Slice",
]);

function isStatement(node: Node): node is Stmt {
  return statementKinds.has(node.kind);
}

function isExpression(node: Node): node is Expr {
  return expressionKinds.has(node.kind);
}
