/**
 * A coroutine object runs once: awaiting it again (or making a second task of it) raises `RuntimeError:
 * cannot reuse already awaited coroutine`. The translation stores a coroutine as a function that starts it,
 * `() => work()`, which would simply run `work` again. Where the stored coroutine may be started more than once,
 * it is wrapped in the runtime's `oneShot`, which raises CPython's error instead.
 */
import type * as py from "../python/ast";
import { forEachChild } from "./astWalk";

type Node = { readonly kind: string };

const loopKinds = new Set(["For", "AsyncFor", "While", "ListComp", "SetComp", "DictComp", "GeneratorExp"]);
/** Calls that look at a coroutine without starting it: `print(c)`, `asyncio.iscoroutine(c)`, `inspect.isawaitable(c)`. */
const lookingCalls = new Set(["print", "type", "repr", "str", "id", "hash", "getcoroutinestate"]);

/** Whether this read only looks at the coroutine: an attribute of it (`c.cr_frame`), `c is x`, or an argument of a call that only looks. */
function onlyLooks(parent: Node | null): boolean {
  if (parent?.kind === "Attribute" || parent?.kind === "Compare") return true;
  if (parent?.kind !== "Call") return false;
  const callee = (parent as py.Call).func;
  const name = callee.kind === "Name" ? callee.id : callee.kind === "Attribute" ? callee.attr : "";
  // isinstance, asyncio.iscoroutine, inspect.isawaitable, inspect.isgenerator...
  return lookingCalls.has(name) || /^is[a-z]+$/.test(name);
}

/**
 * Whether `name`, bound by `binding` in the scope of `scopeNode`, may be started twice: it is read more than
 * once there (nested functions included; reads that only look at it do not count), or read inside a loop that
 * does not also make it afresh.
 */
export function mayStartTwice(scopeNode: Node, name: string, binding: py.Stmt): boolean {
  // By the node that reads it: `gather(c, c)` starts it once (gather wraps a repeated argument once).
  const readers = new Set<Node | null>();
  let inLoop = false;
  const visit = (node: Node, loops: readonly py.NodeBase[], parent: Node | null): void => {
    if (node.kind === "Name" && (node as py.Name).id === name && (node as py.Name).ctx !== "Store") {
      if (onlyLooks(parent)) return;
      readers.add(parent);
      if (loops.some((loop) => !(binding.start >= loop.start && binding.end <= loop.end))) inLoop = true;
      return;
    }
    const inner = loopKinds.has(node.kind) ? [...loops, node as unknown as py.NodeBase] : loops;
    forEachChild(node, (child) => visit(child, inner, node));
  };
  visit(scopeNode, [], null);
  return readers.size > 1 || inLoop;
}
