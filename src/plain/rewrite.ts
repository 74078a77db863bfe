/**
 * The plain-TypeScript style of the translator: the exact translation's IR (src/translate) rewritten node by
 * node into what a TypeScript developer writes with the platform alone — `console.log`, `Promise.all` and
 * `allSettled`, `setTimeout` from `node:timers/promises`, top-level `await`, coroutines started as promises —
 * with no runtime import. Every runtime name the IR refers to is either given its platform form here (the
 * `calls` and `types` tables), recording the ways that form differs from CPython, or refused with the reason
 * the platform has no such thing. Nothing is guessed from text: the IR's nodes carry the Python spans.
 */
import type { Span } from "../core/diagnostics";
import * as f from "../ts/factory";
import type * as ir from "../ts/ir";
import type { DifferenceKind } from "./differences";
import { mapExprChildren, mapStmtChildren, mapTypeChildren, spanOf, type IrVisitor } from "./irMap";
import { platformAsyncIterator } from "./asyncIterators";
import { plainBuiltin, type BuiltinContext } from "./builtins";
import { neverSuspending, raceWithTimer, runsConcurrently } from "./suspension";
import { isLoopClose, loopDeclaration, loopMaker, loopTime } from "./eventLoop";
import { plainMethodHelper, plainRandom } from "./library";
import { refusalMessage } from "./refusals";

export interface FoundDifference {
  readonly kind: DifferenceKind;
  readonly py: Span;
}

export interface Refusal {
  /** The runtime name that has no plain form (`TaskGroup`, `waitFor`, `Task.cancel`...). */
  readonly name: string;
  readonly message: string;
  readonly py: Span;
}

/** What `node:timers/promises` gives the program, under the names the program uses. */
export type TimerImport = "sleep" | "setImmediate";

export interface PlainProgram {
  readonly program: ir.Program;
  readonly timerImports: readonly TimerImport[];
  readonly differences: readonly FoundDifference[];
  readonly refusals: readonly Refusal[];
}

/** Python's exception classes a plain program declares itself (JavaScript has only Error and a few others), with their bases. */
const exceptionBases: ReadonlyMap<string, string> = new Map([
  ["ArithmeticError", "Error"],
  ["ZeroDivisionError", "ArithmeticError"],
  ["LookupError", "Error"],
  ["IndexError", "LookupError"],
  ["KeyError", "LookupError"],
  ["ValueError", "Error"],
  ["AttributeError", "Error"],
  ["RuntimeError", "Error"],
  ["NotImplementedError", "RuntimeError"],
  ["AssertionError", "Error"],
  ["OSError", "Error"],
  ["ConnectionError", "OSError"],
  // asyncio.TimeoutError is the builtin TimeoutError since Python 3.11.
  ["TimeoutError", "OSError"],
]);

/** Runtime names that are a platform name in plain TypeScript. */
const renamed: ReadonlyMap<string, string> = new Map([
  ["Exception", "Error"],
  ["BaseException", "Error"],
  ["PyTypeError", "TypeError"],
]);

/** Runtime types whose plain form is a promise of the same result. */
const promiseTypes = new Set(["Coroutine", "Task", "Future"]);

/** The helpers that make a task or a gathered future: their results are promises in plain TypeScript. */
const taskMakers = new Set(["createTask", "ensureFuture", "gather"]);

const ORIGIN: Span = { start: 0, end: 0 };

/** What a range in the exact translation shares with the array that is its plain form. */
const arrayMembers = new Set(["length", "map", "filter", "flatMap", "includes", "forEach", "some", "every"]);

export function plainProgram(program: ir.Program, helperNames: ReadonlySet<string>): PlainProgram {
  return new PlainRewriter(helperNames, program).run();
}

class PlainRewriter implements IrVisitor {
  private readonly differences: FoundDifference[] = [];
  private readonly refusals: Refusal[] = [];
  private readonly timers = new Set<TimerImport>();
  private readonly exceptions = new Set<string>();
  /** Variables holding a task or gather's future (by name): a promise has none of their methods. */
  private readonly taskNames = new Set<string>();
  /** The program's async functions that never suspend, when other coroutines run beside them (see ./suspension.ts). */
  private interleaving = new Set<string>();
  /** Variables holding the event loop (`const loop = getRunningLoop()`), with the helper that made each. */
  private readonly loops = new Map<string, string>();

  constructor(
    private readonly helpers: ReadonlySet<string>,
    private readonly input: ir.Program,
  ) {}

  run(): PlainProgram {
    const tasks = scanTasks(this.input.body);
    for (const name of tasks.names.keys()) this.taskNames.add(name);
    for (const span of tasks.unawaited) this.differ("loopShutdown", span);
    if (runsConcurrently(this.input.body, taskMakers)) this.interleaving = neverSuspending(this.input.body);
    collectLoops(this.input.body, this.loops);
    const body = this.topLevel(this.input.body);
    const declarations = this.exceptionDeclarations();
    const timerImports = (["sleep", "setImmediate"] as const).filter((name) => this.timers.has(name));
    return { program: { body: [...declarations, ...body] }, timerImports, differences: dedupe(this.differences), refusals: this.refusals };
  }

  /** The module's statements: the wrapper that awaited `run(...)` before the rest becomes top-level await. */
  private topLevel(body: readonly ir.Stmt[]): ir.Stmt[] {
    const out: ir.Stmt[] = [];
    for (const stmt of body) {
      const inner = runWrapperBody(stmt);
      if (inner) out.push(...this.stmts(inner, stmt.span ?? ORIGIN));
      else out.push(...this.stmts([stmt], ORIGIN));
    }
    return out;
  }

  stmts(body: readonly ir.Stmt[], near: Span): ir.Stmt[] {
    // `lineAt(name, line)` tells the runtime where a task is, for its reprs: a promise has no such place.
    const kept = body.filter((s) => {
      if (isHelperStatement(s, "lineAt") || loopDeclaration(s) || isLoopClose(s, (e) => this.isLoop(e))) return false;
      // random.seed(n): Math.random() takes no seed.
      if (s.kind === "ExprStmt" && isRandomCall(s.expr, "seed")) {
        this.differ("unseededRandom", spanOf(s, near));
        return false;
      }
      return true;
    });
    return kept.map((s) => {
      const out = mapStmtChildren(s.kind === "ClassDecl" ? platformAsyncIterator(s) : s, this, near);
      // A task nobody awaits is a floating promise: `void` says it is meant (typescript-eslint's no-floating-promises).
      if (s.kind === "ExprStmt" && isTaskCall(s.expr) && out.kind === "ExprStmt" && out.expr.kind !== "Await") return { ...out, expr: f.unary("void", out.expr) };
      return out;
    });
  }

  type(t: ir.TypeNode, near: Span): ir.TypeNode {
    if (t.kind === "TypeRef" && this.helpers.has(t.name)) {
      const args = t.args.map((a) => this.type(a, near));
      if (promiseTypes.has(t.name)) return f.tRef("Promise", ...(args.length > 0 ? args : [f.tKeyword("unknown")]));
      const name = this.runtimeName(t.name, near);
      return { ...t, name, args };
    }
    return mapTypeChildren(t, this, near);
  }

  expr(e: ir.Expr, near: Span): ir.Expr {
    const at = spanOf(e, near);
    if (e.coroutine === "deferred") return this.started(e, at);
    if (e.coroutine === "started" && e.kind === "Call") return this.expr(e.callee, at);
    // `await run(main)` (code after asyncio.run waits for it) is `await main()`, not `await await main()`.
    if (e.kind === "Await" && e.operand.kind === "Call" && e.operand.callee.kind === "Ident" && e.operand.callee.name === "run") return this.expr(e.operand, at);
    if (e.kind === "Await" && e.operand.kind === "Call" && this.loopMethod(e.operand) === "runUntilComplete") return this.expr(e.operand, at);
    const method = e.kind === "Call" ? this.loopMethod(e) : null;
    if (method !== null) return this.loopCall(method, e as ir.CallExpr, at);
    if (e.kind === "Call" && isRandomCall(e)) {
      const random = plainRandom((e.callee as ir.Member).property, e, this.context(at));
      if (random) return random;
    }
    if (e.kind === "Ident" && this.loops.has(e.name)) this.refuse(this.loops.get(e.name)!, at);
    if (e.kind === "Member" && isHelperCall(e.object, "typeOf") && e.property === "__name__") {
      // type(x).__name__: the class's name, which constructor.name is for a class of the program.
      this.differ("typeNames", at);
      return f.member(f.member(this.expr(e.object.args[0]!, at), "constructor"), "name", e.span);
    }
    // A range's own methods (`range(10).get(3)`, `.count`...) have no array form; an array's own (map, includes...) work alike.
    if (e.kind === "Member" && isHelperCall(e.object, "range") && !arrayMembers.has(e.property)) this.refuse("range", at);
    if (e.kind === "Await" && e.operand.kind === "Call" && e.operand.callee.kind === "Ident" && this.interleaving.has(e.operand.callee.name)) this.differ("microtaskInterleaving", at);
    if (e.kind === "Call" && e.callee.kind === "Ident" && this.helpers.has(e.callee.name)) {
      const rewritten = this.helperCall(e.callee.name, e, at);
      if (rewritten) return rewritten;
    }
    if (e.kind === "Member" && e.object.kind === "Ident" && this.taskNames.has(e.object.name) && !["then", "catch", "finally"].includes(e.property)) {
      this.refuse(`Task.${e.property}`, at);
    }
    if (e.kind === "Ident" && e.name === "print") {
      // print as a value (a callback): console.log, with its own formatting.
      this.differ("consoleLog", at);
      return f.member(f.id("console"), "log", e.span);
    }
    if (e.kind === "Ident" && this.helpers.has(e.name)) return { ...e, name: this.runtimeName(e.name, at) };
    const out = mapExprChildren(e, this, near);
    // `[...Array.from(...)]` (list() of what is now an array already) is that array.
    if (out.kind === "ArrayLit" && out.elements.length === 1 && out.elements[0]!.kind === "Spread" && isArrayFrom(out.elements[0].operand)) return { ...out.elements[0].operand, span: out.span };
    return out;
  }

  /** A coroutine as plain TypeScript has it: started, a promise (`() => f(x)` is `f(x)`, `main` is `main()`). */
  private started(e: ir.Expr, at: Span, eager = true): ir.Expr {
    // `coroutineAt("work", 2, () => work(1))` only names the coroutine for asyncio's reprs and logs: the coroutine itself.
    const named = coroutineAtArgument(e);
    if (named) return this.started(named, at, eager);
    if (e.coroutine !== "deferred") return this.expr(e, at);
    if (eager) this.differ("eagerStart", spanOf(e, at));
    if (e.kind === "Arrow" && !Array.isArray(e.body)) return this.expr(e.body as ir.Expr, at);
    // `work.bind(undefined, n)` (arguments bound when the coroutine was made) started is `work(n)`.
    if (e.kind === "Call" && e.callee.kind === "Member" && e.callee.property === "bind") {
      return f.call(this.expr(e.callee.object, at), e.args.slice(1).map((a) => this.expr(a, at)), e.span);
    }
    const { coroutine: _deferred, ...callee } = e;
    return f.call(this.expr(callee as ir.Expr, at), [], e.span);
  }

  /** The plain form of a call of a runtime helper, or null when the helper is only renamed (or refused). */
  private helperCall(name: string, e: ir.CallExpr, at: Span): ir.Expr | null {
    const args = e.args;
    const arg = (i: number): ir.Expr => this.expr(args[i]!, at);
    switch (name) {
      case "print": {
        // print(str(x)) is what the exact translation makes of a value print converts itself: console.log(x) takes the value.
        const values = args.map((a, i) => (isStrOfValue(a) ? this.expr(a.args[0]!, at) : arg(i)));
        if (values.some((a) => !printsAlike(a))) this.differ("consoleLog", at);
        return f.call(f.member(f.id("console"), "log"), values, e.span);
      }
      case "printWith":
        return this.printWith(e, at);
      case "markTuple":
        // markTuple(array) tells the runtime an array is a tuple (for isinstance and printing); plain TypeScript has arrays only.
        return args.length === 1 ? arg(0) : null;
      case "functionAt":
        // functionAt(name, line, callback) only names the callback for asyncio's reprs.
        return args.length === 3 ? arg(2) : null;
      case "waitFor":
        return this.waitFor(e, at);
      case "coroutineAt": {
        const named = coroutineAtArgument(e);
        return named ? this.expr(named, at) : null;
      }
      case "str":
      case "repr": {
        const value = args[0];
        if (!value) return null;
        // str() of a string, or of a number literal that is not whole (2.5 is "2.5" in both), converts alike.
        const alike = name === "str" && (value.kind === "StringLit" || value.kind === "TemplateLit" || (value.kind === "NumberLit" && !Number.isInteger(Number(value.text))));
        if (!alike) this.differ("stringConversion", at);
        return f.call("String", [arg(0)], e.span);
      }
      case "typeOf":
        // A second argument is the static type the exact runtime needs; constructor.name does not.
        if (args.length < 1) return null;
        this.differ("typeNames", at);
        return f.member(f.member(arg(0), "constructor"), "name", e.span);
      case "sleep":
        return this.sleep(e, at);
      case "run":
        if (args.length < 1) return null;
        // asyncio.run starts main at once too: no difference there.
        return f.awaitExpr(this.started(args[0]!, at, false), e.span);
      case "aiter":
        // A class with __aiter__/__anext__ is itself async-iterable in plain TypeScript (see ./asyncIterators.ts).
        if (args.length !== 1) return null;
        return arg(0);
      case "createTask":
      case "ensureFuture":
        if (args.length < 1) return null;
        return this.started(args[0]!, at);
      case "gather":
        return this.gather(e, at);
      case "floorDiv":
        if (args.length !== 2) return null;
        return f.call(f.member(f.id("Math"), "floor"), [f.bin("/", arg(0), arg(1))], e.span);
      case "mod":
        if (args.length !== 2) return null;
        if (!(isNonNegativeNumber(args[0]!) && isNonNegativeNumber(args[1]!))) this.differ("remainderSign", at);
        return f.bin("%", arg(0), arg(1), e.span);
      case "trueDiv":
        if (args.length < 2) return null;
        this.differ("divisionByZero", at);
        return f.bin("/", arg(0), arg(1), e.span);
      case "dictGet":
        if (args.length !== 2) return null;
        this.differ("missingItem", at);
        return f.nonNull(f.method(arg(0), "get", [arg(1)], e.span));
      case "getIndex":
        if (args.length < 2) return null;
        this.differ("missingItem", at);
        return f.nonNull(f.method(arg(0), "at", [arg(1)], e.span));
      case "range":
        return this.rangeArray(e, at);
      case "format":
        return this.format(e, at);
      case "asyncWith":
      case "withContext": {
        // Refused after the manager, so that a manager with no plain form (a Lock, a TaskGroup) is named first.
        const call = f.call(f.id(name), args.map((_, i) => arg(i)), e.span);
        this.refuse(name, at);
        return call;
      }
      default:
        return plainBuiltin(name, e, this.context(at)) ?? plainMethodHelper(name, e, this.context(at));
    }
  }

  private context(at: Span): BuiltinContext {
    return { plain: (x) => this.expr(x, at), differ: (kind) => this.differ(kind, at) };
  }

  /** Whether the expression is the event loop: a variable holding it, or `getRunningLoop()` itself. */
  private isLoop(e: ir.Expr): boolean {
    return (e.kind === "Ident" && this.loops.has(e.name)) || loopMaker(e) !== null;
  }

  /** The method of `loop.method(...)`, or null when the call is not on the loop. */
  private loopMethod(e: ir.CallExpr): string | null {
    return e.callee.kind === "Member" && this.isLoop(e.callee.object) ? e.callee.property : null;
  }

  /** `loop.time()` and `loop.run_until_complete(aw)`; any other method of the loop is refused. */
  private loopCall(method: string, e: ir.CallExpr, at: Span): ir.Expr {
    if (method === "time" && e.args.length === 0) return loopTime(e.span);
    if (method === "runUntilComplete" && e.args.length === 1) return f.awaitExpr(this.started(e.args[0]!, at, false), e.span);
    this.refuse(`loop.${method}`, at);
    return e;
  }

  /** range(n) / range(a, b[, step]) as a value: the array it would list, `Array.from({ length: n }, (_, i) => i)`. */
  private rangeArray(e: ir.CallExpr, at: Span): ir.Expr | null {
    if (e.args.length < 1 || e.args.length > 3 || e.args.some((a) => a.kind === "Spread")) return null;
    const [first, second, step] = e.args.map((a) => this.expr(a, at));
    // range(0, n) starts where Array.from does.
    const start = second && !(first!.kind === "NumberLit" && Number(first!.text) === 0) ? first! : null;
    // A negative length is read as 0 by Array.from, as an empty range is; a step divides the span, rounded up.
    const span = second ? (start ? f.bin("-", second, start) : second) : first!;
    const length = step ? f.call(f.member(f.id("Math"), "ceil"), [f.bin("/", span, step)]) : span;
    // The index parameter must not hide a name the start or step expression reads.
    const used = new Set([...(start ? identifiers(start) : []), ...(step ? identifiers(step) : [])]);
    const index = ["i", "j", "k", "index", "position"].find((name) => !used.has(name)) ?? "rangeIndex";
    const offset = step ? f.bin("*", f.id(index), step) : f.id(index);
    const element = start ? f.bin("+", start, offset) : offset;
    const hole = used.has("_") ? "_unused" : "_";
    return f.call(f.member(f.id("Array"), "from"), [f.object([{ key: "length", value: length }]), f.arrow([f.param(hole), f.param(index)], element)], e.span);
  }

  /** format(value, spec) of an f-string: `.Nf` is toFixed(N), `d` and no spec String(), `>N`/`<N` padStart/padEnd; the rest has no plain form. */
  private format(e: ir.CallExpr, at: Span): ir.Expr | null {
    const [value, spec] = e.args;
    if (!value || spec?.kind !== "StringLit") return null;
    const v = this.expr(value, at);
    const fixed = /^\.(\d+)f$/.exec(spec.value);
    if (fixed) {
      this.differ("fixedRounding", at);
      return f.method(v, "toFixed", [f.num(fixed[1]!)], e.span);
    }
    const pad = /^([<>])(\d+)$/.exec(spec.value);
    if (spec.value !== "" && spec.value !== "d" && !pad) return null;
    // String() converts a string, and an int (all `d` takes), as str() does; a float, None or a list otherwise.
    if (spec.value !== "d" && value.kind !== "StringLit" && value.kind !== "TemplateLit") this.differ("stringConversion", at);
    if (!pad) return f.call("String", [v], e.span);
    return f.method(f.call("String", [v]), pad[1] === ">" ? "padStart" : "padEnd", [f.num(pad[2]!)], e.span);
  }

  /** print(..., sep=, end=, file=): the values joined as print joins them, written to the stream. */
  private printWith(e: ir.CallExpr, at: Span): ir.Expr | null {
    const [options, ...values] = e.args;
    if (options?.kind !== "ObjectLit") return null;
    const option = (key: string): ir.Expr | undefined => options.props.find((p): p is { key: string; value: ir.Expr } => "key" in p && p.key === key)?.value;
    const file = option("file");
    const stream = file?.kind === "StringLit" && file.value === "stderr" ? "stderr" : "stdout";
    if (file && stream === "stdout" && !(file.kind === "StringLit" && file.value === "stdout")) return null;
    const plainValues = values.map((v) => this.expr(v, at));
    if (plainValues.some((v) => !printsAlike(v))) this.differ("stringConversion", at);
    const orDefault = (value: ir.Expr | undefined, fallback: string): ir.Expr =>
      value === undefined || value.kind === "NullLit" ? f.str(fallback) : value.kind === "StringLit" ? value : f.bin("??", this.expr(value, at), f.str(fallback));
    const joined = f.method(f.array(plainValues), "join", [orDefault(option("sep"), " ")]);
    const process = f.member(f.id("process"), stream);
    return f.method(process, "write", [f.bin("+", joined, orDefault(option("end"), "\n"))], e.span);
  }

  /** asyncio.sleep(seconds[, result]): `sleep(ms[, result])` from node:timers/promises; sleep(0) yields with setImmediate(). */
  private sleep(e: ir.CallExpr, at: Span): ir.Expr | null {
    const [delay, result] = e.args;
    if (!delay || e.args.length > 2) return null;
    const rest = result ? [this.expr(result, at)] : [];
    if (delay.kind === "NumberLit" && Number(delay.text) === 0) {
      this.timers.add("setImmediate");
      return f.call("setImmediate", rest, e.span);
    }
    this.timers.add("sleep");
    return f.call("sleep", [this.milliseconds(delay, at), ...rest], e.span);
  }

  /** Seconds as the milliseconds Node's timers take. */
  private milliseconds(seconds: ir.Expr, at: Span): ir.Expr {
    if (seconds.kind === "NumberLit" && Number.isFinite(Number(seconds.text))) return f.num(formatMs(Number(seconds.text)));
    return f.bin("*", this.expr(seconds, at), f.num(1000));
  }

  /** wait_for(aw, timeout): a race with a timer that throws TimeoutError; the work is not cancelled. */
  private waitFor(e: ir.CallExpr, at: Span): ir.Expr | null {
    const [work, timeout] = e.args;
    if (!work || !timeout || e.args.length > 2) return null;
    // The exact translation hands wait_for a coroutine as a function that makes it (`() => sleep(1)`).
    const thunk = work.kind === "Arrow" && work.params.length === 0 && !work.async && !Array.isArray(work.body) ? (work.body as ir.Expr) : null;
    const started = thunk ? this.expr(thunk, at) : this.started(work, at, false);
    if (timeout.kind === "NullLit" || timeout.kind === "UndefinedLit") return started;
    this.differ("cancellation", at);
    this.timers.add("sleep");
    return raceWithTimer(started, this.milliseconds(timeout, at), this.runtimeName("TimeoutError", at), e.span);
  }

  /** gather(aws): Promise.all of the started coroutines; return_exceptions=True: allSettled, values and reasons in order. */
  private gather(e: ir.CallExpr, at: Span): ir.Expr | null {
    const [items, options] = e.args;
    if (!items || e.args.length > 2) return null;
    const list = items.kind === "ArrayLit" ? f.array(items.elements.map((el) => (el.kind === "Spread" ? { ...el, operand: this.expr(el.operand, at) } : this.started(el, at))), items.span) : this.expr(items, at);
    const flag = options?.kind === "ObjectLit" ? options.props.find((p): p is { key: string; value: ir.Expr } => "key" in p && p.key === "returnExceptions")?.value : undefined;
    const promise = f.id("Promise");
    if (!flag || (flag.kind === "BoolLit" && !flag.value)) return f.call(f.member(promise, "all"), [list], e.span);
    if (flag.kind !== "BoolLit") return null;
    const settled = f.call(f.member(promise, "allSettled"), [list]);
    const r = f.id("r");
    const valueOrReason = f.arrow([f.param("r")], f.cond(f.bin("===", f.member(r, "status"), f.str("fulfilled")), f.member(r, "value"), f.member(r, "reason")));
    return f.method(settled, "then", [f.arrow([f.param("results")], f.method(f.id("results"), "map", [valueOrReason]))], e.span);
  }

  /** A runtime name used as a value or a type: its platform name, a class the program declares, or a refusal. */
  private runtimeName(name: string, at: Span): string {
    const platform = renamed.get(name);
    if (platform) return platform;
    if (exceptionBases.has(name)) {
      for (let n: string | undefined = name; n && n !== "Error"; n = exceptionBases.get(n)) this.exceptions.add(n);
      return name;
    }
    this.refuse(name, at);
    return name;
  }

  /** `class ValueError extends Error { name = "ValueError"; }`, bases first. */
  private exceptionDeclarations(): ir.Stmt[] {
    const order = [...exceptionBases.keys()].filter((name) => this.exceptions.has(name));
    return order.map((name) => ({
      kind: "ClassDecl",
      name,
      extends: f.id(exceptionBases.get(name)!),
      members: [{ kind: "Field", name: "name", init: f.str(name) }],
      comments: order[0] === name ? ["Python's exception classes: JavaScript has only Error (and TypeError, RangeError...)"] : undefined,
    }));
  }

  private differ(kind: DifferenceKind, py: Span): void {
    this.differences.push({ kind, py });
  }

  private refuse(name: string, py: Span): void {
    if (this.refusals.some((r) => r.name === name && r.py.start === py.start && r.py.end === py.end)) return;
    this.refusals.push({ name, message: refusalMessage(name), py });
  }
}

/** `void (async () => { ...; await run(main); ... })()`: the translation's wrapper for code after asyncio.run. */
function runWrapperBody(stmt: ir.Stmt): readonly ir.Stmt[] | null {
  if (stmt.kind !== "ExprStmt" || stmt.expr.kind !== "Unary" || stmt.expr.op !== "void") return null;
  const call = stmt.expr.operand;
  if (call.kind !== "Call" || call.args.length > 0 || call.callee.kind !== "Arrow" || !call.callee.async || !Array.isArray(call.callee.body)) return null;
  return call.callee.body as readonly ir.Stmt[];
}

/**
 * Names declared as `const t = createTask(...)` (or ensureFuture, gather) anywhere in the program, and the tasks
 * nothing waits for: created as a statement, or bound to a name that is never awaited nor gathered.
 */
function scanTasks(body: readonly ir.Stmt[]): { names: Map<string, Span>; unawaited: Span[] } {
  const names = new Map<string, Span>();
  const unawaited: Span[] = [];
  const waited = new Set<string>();
  const visitor: IrVisitor = {
    expr: (e, near) => {
      if (e.kind === "Await" && e.operand.kind === "Ident") waited.add(e.operand.name);
      if (e.kind === "Call" && e.callee.kind === "Ident" && e.callee.name === "gather") {
        const items = e.args[0];
        const elements = items?.kind === "ArrayLit" ? items.elements : items ? [items] : [];
        for (const el of elements) if (el.kind === "Ident") waited.add(el.name);
      }
      return mapExprChildren(e, visitor, near);
    },
    type: (t) => t,
    stmts: (stmts, near) =>
      stmts.map((s) => {
        if (s.kind === "VarDecl" && s.target.kind === "Ident" && s.init?.kind === "Call" && s.init.callee.kind === "Ident" && taskMakers.has(s.init.callee.name)) {
          names.set(s.target.name, spanOf(s.init, spanOf(s, near)));
        }
        if (s.kind === "ExprStmt" && isTaskCall(s.expr)) unawaited.push(spanOf(s.expr, spanOf(s, near)));
        return mapStmtChildren(s, visitor, near);
      }),
  };
  visitor.stmts(body, ORIGIN);
  for (const [name, span] of names) if (!waited.has(name)) unawaited.push(span);
  return { names, unawaited };
}

function isArrayFrom(e: ir.Expr): boolean {
  return e.kind === "Call" && e.callee.kind === "Member" && e.callee.property === "from" && e.callee.object.kind === "Ident" && e.callee.object.name === "Array";
}

/**
 * `str(x, descriptor)` that the exact translation wrapped around a value print converts itself: the call and the
 * value come from the same Python node (an explicit `str(x)` in the Python has a span of its own around `x`'s).
 */
function isStrOfValue(e: ir.Expr): e is ir.CallExpr {
  if (e.kind !== "Call" || e.callee.kind !== "Ident" || e.callee.name !== "str" || e.args.length < 1) return false;
  const value = e.args[0]!;
  return e.span !== undefined && value.span !== undefined && value.span.start === e.span.start && value.span.end === e.span.end;
}

/** Every identifier an expression reads. */
function identifiers(e: ir.Expr): Set<string> {
  const names = new Set<string>();
  const visitor: IrVisitor = {
    expr: (x, near) => {
      if (x.kind === "Ident") names.add(x.name);
      return mapExprChildren(x, visitor, near);
    },
    stmts: (body, near) => body.map((st) => mapStmtChildren(st, visitor, near)),
    type: (t) => t,
  };
  visitor.expr(e, ORIGIN);
  return names;
}

/** `defaultRandom.method(...)` (the random module's functions), of any method or of this one. */
function isRandomCall(e: ir.Expr, method?: string): e is ir.CallExpr {
  return e.kind === "Call" && e.callee.kind === "Member" && e.callee.object.kind === "Ident" && e.callee.object.name === "defaultRandom" && (method === undefined || e.callee.property === method);
}

/** Every `const loop = getRunningLoop()` of the program, at any depth. */
function collectLoops(body: readonly ir.Stmt[], into: Map<string, string>): void {
  const visitor: IrVisitor = {
    expr: (e, near) => mapExprChildren(e, visitor, near),
    type: (t) => t,
    stmts: (stmts, near) =>
      stmts.map((s) => {
        const declared = loopDeclaration(s);
        if (declared) into.set(declared.name, declared.maker);
        return mapStmtChildren(s, visitor, near);
      }),
  };
  visitor.stmts(body, ORIGIN);
}

function isHelperCall(e: ir.Expr, name: string): e is ir.CallExpr & { readonly args: readonly [ir.Expr, ...ir.Expr[]] } {
  return e.kind === "Call" && e.callee.kind === "Ident" && e.callee.name === name && e.args.length >= 1;
}

function isHelperStatement(s: ir.Stmt, name: string): boolean {
  return s.kind === "ExprStmt" && s.expr.kind === "Call" && s.expr.callee.kind === "Ident" && s.expr.callee.name === name;
}

function isTaskCall(e: ir.Expr | undefined): e is ir.CallExpr {
  return e?.kind === "Call" && e.callee.kind === "Ident" && (e.callee.name === "createTask" || e.callee.name === "ensureFuture");
}

/**
 * Values console.log prints as print does: strings (literals, `String(x)`, `x.constructor.name`: their own
 * conversions are differences of their own), and whole numbers written as literals.
 */
function printsAlike(e: ir.Expr): boolean {
  return isText(e) || isWholeNumber(e);
}

/** Expressions whose value is a string whatever their operands: console.log writes them as they are. */
function isText(e: ir.Expr): boolean {
  if (e.kind === "StringLit" || e.kind === "TemplateLit") return true;
  if (e.kind === "Call" && e.callee.kind === "Ident" && e.callee.name === "String") return true;
  if (e.kind === "Call" && e.callee.kind === "Member" && ["join", "toFixed", "padStart", "padEnd"].includes(e.callee.property)) return true;
  if (e.kind === "Binary" && e.op === "+" && (isText(e.left) || isText(e.right))) return true;
  return e.kind === "Member" && e.property === "name" && e.object.kind === "Member" && e.object.property === "constructor";
}

/** Whole-number literals, Math.floor(...) (what `//` became), and + - * % of those: they print alike. */
function isWholeNumber(e: ir.Expr): boolean {
  if (e.kind === "NumberLit") return /^\d+$/.test(e.text);
  if (e.kind === "Unary" && e.op === "-") return isWholeNumber(e.operand);
  if (e.kind === "Call" && e.callee.kind === "Member" && e.callee.object.kind === "Ident" && e.callee.object.name === "Math" && e.callee.property === "floor") return true;
  return e.kind === "Binary" && ["+", "-", "*", "%"].includes(e.op) && isWholeNumber(e.left) && isWholeNumber(e.right);
}

function isNonNegativeNumber(e: ir.Expr): boolean {
  return e.kind === "NumberLit" && Number(e.text) >= 0;
}

/** Seconds as milliseconds without binary noise (0.1 s is 100, not 100.00000000000001). */
function formatMs(seconds: number): string {
  return String(Math.round(seconds * 1000 * 1e6) / 1e6);
}

function dedupe(found: readonly FoundDifference[]): FoundDifference[] {
  const seen = new Set<string>();
  return found.filter((d) => {
    const key = `${d.kind}:${d.py.start}:${d.py.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The coroutine of `coroutineAt(name, line, coroutine)`, which plain TypeScript does without; null for anything else. */
function coroutineAtArgument(e: ir.Expr): ir.Expr | null {
  return e.kind === "Call" && e.callee.kind === "Ident" && e.callee.name === "coroutineAt" && e.args.length === 3 ? e.args[2]! : null;
}
