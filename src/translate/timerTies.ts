/**
 * Timers with exactly the same deadline: CPython's timer heap compares deadlines only and heapq is not
 * stable, so their callbacks run in an order that is not the order they were set; the asyncio-ts loop keeps
 * its heap with heapq's algorithm and gives the same order, but a program whose output depends on that order
 * gets a TR3001 warning where it sets such timers: `loop.call_at(when, ...)` with one `when` written twice, or inside a loop with a `when`
 * the loop does not change.
 */
import type * as py from "../python/ast";
import { walk } from "./astWalk";
import type { TranslationContext } from "./context";

const message = "timers with exactly the same deadline: CPython runs them in no particular order (its timer heap is not stable), not in the order they were set (asyncio-ts keeps the same heap order)";

export function reportTimerTies(ctx: TranslationContext, module: py.Module): void {
  const calls: py.Call[] = [];
  walk(module, (node) => {
    if (isCallAt(node)) calls.push(node as py.Call);
  });
  if (calls.length === 0) return;
  const byWhen = new Map<string, py.Call[]>();
  for (const call of calls) {
    const when = call.args[0]!;
    const text = ctx.source.slice(when.start, when.end).replace(/\s+/g, "");
    byWhen.set(text, [...(byWhen.get(text) ?? []), call]);
  }
  const tied = new Set<py.Call>();
  for (const same of byWhen.values()) if (same.length > 1) same.forEach((c) => tied.add(c));
  walk(module, (node) => {
    if (node.kind !== "For" && node.kind !== "While" && node.kind !== "AsyncFor") return true;
    const loop = node as py.For | py.While;
    const changing = new Set<string>(loop.kind === "While" ? [] : namesIn((loop as py.For).target));
    for (const stmt of loop.body) walk(stmt, (n) => {
      if (n.kind === "Name" && (n as py.Name).ctx !== "Load") changing.add((n as py.Name).id);
    });
    for (const stmt of loop.body) walk(stmt, (n) => {
      if (n.kind === "FunctionDef" || n.kind === "AsyncFunctionDef" || n.kind === "Lambda") return false;
      if (isCallAt(n) && !namesIn((n as py.Call).args[0]!).some((name) => changing.has(name))) tied.add(n as py.Call);
      return true;
    });
    return true;
  });
  for (const call of calls) if (tied.has(call)) ctx.report("TR3001", call.args[0]!, message);
}

function isCallAt(node: { readonly kind: string }): boolean {
  if (node.kind !== "Call") return false;
  const call = node as py.Call;
  return call.func.kind === "Attribute" && call.func.attr === "call_at" && call.args.length >= 2 && call.args[0]!.kind !== "Starred";
}

function namesIn(e: py.Expr): string[] {
  const names: string[] = [];
  walk(e, (n) => {
    if (n.kind === "Name") names.push((n as py.Name).id);
  });
  return names;
}
