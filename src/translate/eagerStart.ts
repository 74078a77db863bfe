/**
 * When `await asyncio.gather(...)` can be plain `await Promise.all([...])`.
 *
 * Python coroutines start when gather wraps them in tasks; JavaScript async functions start when
 * called. Starting them early prints the same only if nothing can tell the difference, which this
 * conservative analysis proves: the program starts no other tasks, the function doing the gather is
 * the only one running (reached from `asyncio.run` through direct awaits only), the coroutines are
 * created right before the gather and used nowhere else, and their bodies cannot raise (a failing
 * child would otherwise wake the gatherer before siblings ready in the same loop pass).
 */
import type * as py from "../python/ast";
import { forEachChild, walk } from "./astWalk";

export interface EagerPlan {
  /** Coroutine calls to emit eagerly, `f(x)` instead of `() => f(x)`. */
  readonly calls: ReadonlySet<py.Call>;
  /** gather calls to emit as `Promise.all([...])`. */
  readonly gathers: ReadonlySet<py.Call>;
  /** Each such gather with its coroutine calls in argument order (a trace gives each call the task CPython would make). */
  readonly groups: readonly { readonly gather: py.Call; readonly calls: readonly py.Call[] }[];
}

const concurrencyApis = new Set([
  "create_task", "ensure_future", "TaskGroup", "wait", "wait_for", "as_completed", "shield", "timeout", "timeout_at", "Queue",
  "Lock", "Event", "Condition", "Semaphore", "BoundedSemaphore", "Barrier", "PriorityQueue", "LifoQueue", "get_running_loop",
  "get_event_loop", "Future",
  // A task's name counts every task made before it: one that reads names would see the gather's children missing.
  "current_task", "all_tasks", "Task",
]);

type AnyNode = { readonly kind: string };

export function planEagerStarts(module: py.Module): EagerPlan {
  const calls = new Set<py.Call>();
  const gathers = new Set<py.Call>();
  const groups: { gather: py.Call; calls: py.Call[] }[] = [];
  const defs = new Map<string, py.FunctionDef>();
  for (const s of module.body) if (s.kind === "FunctionDef" || s.kind === "AsyncFunctionDef") defs.set(s.name, s);
  let usesOtherConcurrency = false;
  let usesGather = false;
  walk(module, (node) => {
    if (node.kind === "Attribute" && (node as py.Attribute).value.kind === "Name" && ((node as py.Attribute).value as py.Name).id === "asyncio") {
      if (concurrencyApis.has((node as py.Attribute).attr)) usesOtherConcurrency = true;
      if ((node as py.Attribute).attr === "gather") usesGather = true;
    }
    if (node.kind === "ImportFrom" && (node as py.ImportFrom).module === "asyncio") usesOtherConcurrency = true;
    return !usesOtherConcurrency;
  });
  if (usesOtherConcurrency || !usesGather) return { calls, gathers, groups };
  const parents = new Map<AnyNode, AnyNode>();
  walk(module, (node) => forEachChild(node, (child) => parents.set(child, node)));

  const solo = soloFunctions(module, defs, parents);
  const safe = (name: string, seen = new Set<string>()): boolean => {
    const def = defs.get(name);
    if (!def || seen.has(name)) return false;
    seen.add(name);
    return cannotRaise(def, defs, (n) => safe(n, seen));
  };

  walk(module, (node) => {
    if (node.kind !== "Call" || !isAsyncioCall(node as py.Call, "gather")) return;
    const gather = node as py.Call;
    const owner = enclosingFunction(gather, parents);
    if (gather.keywords.length > 0 || parents.get(gather)?.kind !== "Await" || !owner || !solo.has(owner.name)) return;
    const eager: py.Call[] = [];
    for (const arg of gather.args) {
      if (arg.kind === "Call" && arg.func.kind === "Name" && defs.get(arg.func.id)?.kind === "AsyncFunctionDef" && safe(arg.func.id)) {
        eager.push(arg);
        continue;
      }
      const created = arg.kind === "Starred" ? createdJustBefore(arg, gather, owner, parents) : null;
      if (!created || !created.every((c) => c.func.kind === "Name" && defs.get(c.func.id)?.kind === "AsyncFunctionDef" && safe(c.func.id))) return;
      eager.push(...created);
    }
    for (const c of eager) calls.add(c);
    gathers.add(gather);
    groups.push({ gather, calls: eager });
  });
  return { calls, gathers, groups };
}

function isAsyncioCall(call: py.Call, name: string): boolean {
  return call.func.kind === "Attribute" && call.func.attr === name && call.func.value.kind === "Name" && call.func.value.id === "asyncio";
}

function enclosingFunction(node: AnyNode, parents: Map<AnyNode, AnyNode>): py.FunctionDef | null {
  for (let n = parents.get(node); n; n = parents.get(n)) {
    if (n.kind === "AsyncFunctionDef" || n.kind === "FunctionDef") return n as py.FunctionDef;
    if (n.kind === "Lambda" || n.kind === "ClassDef") return null;
  }
  return null;
}

/** Functions only ever run by `asyncio.run(f())` at module level or `await f()` inside such functions. */
function soloFunctions(module: py.Module, defs: Map<string, py.FunctionDef>, parents: Map<AnyNode, AnyNode>): Set<string> {
  const uses = new Map<string, AnyNode[]>();
  walk(module, (node) => {
    if (node.kind === "Name" && defs.has((node as py.Name).id)) uses.set((node as py.Name).id, [...(uses.get((node as py.Name).id) ?? []), node]);
  });
  const solo = new Set<string>();
  for (let changed = true; changed; ) {
    changed = false;
    for (const [name, refs] of uses) {
      if (solo.has(name)) continue;
      const ok = refs.every((ref) => {
        const call = parents.get(ref);
        if (call?.kind !== "Call" || (call as py.Call).func !== ref) return false;
        const outer = parents.get(call);
        if (outer?.kind === "Call" && isAsyncioCall(outer as py.Call, "run")) return enclosingFunction(outer, parents) === null;
        const owner = enclosingFunction(call, parents);
        return outer?.kind === "Await" && owner !== null && solo.has(owner.name);
      });
      if (ok) {
        solo.add(name);
        changed = true;
      }
    }
  }
  return solo;
}

/**
 * `coros = [f(i) for i in ...]` (or a list of calls) as the statement right before the one holding
 * `gather(*coros)`, with `coros` used nowhere else: the calls it creates.
 */
function createdJustBefore(arg: py.Starred, gather: py.Call, owner: py.FunctionDef, parents: Map<AnyNode, AnyNode>): py.Call[] | null {
  if (arg.value.kind !== "Name") return null;
  const name = arg.value.id;
  let stmt: AnyNode | undefined = gather;
  while (stmt && parents.get(stmt) !== owner) stmt = parents.get(stmt);
  const index = owner.body.indexOf(stmt as py.Stmt);
  const before = owner.body[index - 1];
  if (!before || before.kind !== "Assign" || before.targets.length !== 1 || before.targets[0]!.kind !== "Name" || before.targets[0]!.id !== name) return null;
  let references = 0;
  walk(owner, (node) => {
    if (node.kind === "Name" && (node as py.Name).id === name) references++;
  });
  if (references !== 2) return null;
  const value = before.value;
  if (value.kind === "ListComp" && value.elt.kind === "Call" && value.generators.every((g) => g.ifs.length === 0 && !g.is_async)) return [value.elt];
  if (value.kind === "List" && value.elts.every((e) => e.kind === "Call")) return value.elts as py.Call[];
  return null;
}

/** No raise, try, subscript, division or nested gather; awaits only `asyncio.sleep` or safe functions. */
function cannotRaise(def: py.FunctionDef, defs: Map<string, py.FunctionDef>, safe: (name: string) => boolean): boolean {
  let ok = true;
  walk(def, (node) => {
    if (!ok) return false;
    switch (node.kind) {
      case "Raise":
      case "Try":
      case "TryStar":
      case "Subscript":
      case "Assert":
        ok = false;
        break;
      case "BinOp": {
        const op = (node as py.BinOp).op;
        if (op === "Div" || op === "FloorDiv" || op === "Mod") ok = false;
        break;
      }
      case "Call": {
        const call = node as py.Call;
        if (call.func.kind === "Name" && defs.has(call.func.id)) ok = safe(call.func.id);
        else if (call.func.kind === "Attribute" && call.func.value.kind === "Name" && call.func.value.id === "asyncio") ok = call.func.attr === "sleep";
        else if (!(call.func.kind === "Name" && call.func.id === "print")) ok = false;
        break;
      }
      default:
        break;
    }
    return ok;
  });
  return ok;
}
