/**
 * What `await x` does with x's static type. JavaScript's `await` takes any value and gives it back; CPython
 * raises `TypeError: object int can't be used in 'await' expression` (the classic `await time.sleep(1)`
 * raises it for NoneType). So a value that cannot be awaited raises that TypeError, as in CPython.
 */
import { pythonTypeNameOf, type PyType } from "./types";

export type AwaitKind =
  /** Awaited as it is: a coroutine, task, future or promise, or a type not known well enough to say. */
  | { readonly kind: "awaitable" }
  /** Never awaitable: raise CPython's TypeError (the name is null when only the value can tell it). */
  | { readonly kind: "raise"; readonly name: string | null }
  /** Not known, or some members are tasks or futures and the others never awaitable: checked when it runs. */
  | { readonly kind: "check" }
  /** Never awaitable, but the TypeError's type name cannot be told (int or a whole float). */
  | { readonly kind: "refuse" }
  /** A stored coroutine (a function that starts it) or another value: the two cannot be told apart when it runs. */
  | { readonly kind: "mixedCoroutine" };

/** CPython's `type(x).__name__` for a value of a type that can never be awaited; null for one that can or may. */
export function nonAwaitableName(t: PyType): string | null {
  if (t.t === "coroutine") return null;
  if (t.t === "instance") for (let cls: typeof t.cls | null = t.cls; cls; cls = cls.base) if (cls.methods.has("__await__")) return null;
  return pythonTypeNameOf(t);
}

/** Whether a value of this type is never awaitable (asyncio then raises CPython's TypeError or ValueError for it). */
export function neverAwaitable(t: PyType): boolean {
  return awaitKind(t).kind === "raise";
}

export function awaitKind(t: PyType): AwaitKind {
  if (t.t === "unknown") return { kind: "check" };
  if (t.t !== "union") {
    const name = nonAwaitableName(t);
    return name === null ? { kind: "awaitable" } : { kind: "raise", name };
  }
  const names = t.types.map(nonAwaitableName);
  const awaitables = t.types.filter((_, i) => names[i] === null);
  if (awaitables.length === 0) {
    const distinct = new Set(names);
    // A whole float looks like an int at run time: then only the static name can say which it was.
    if (distinct.size === 1) return { kind: "raise", name: names[0]! };
    return distinct.has("float") ? { kind: "refuse" } : { kind: "raise", name: null };
  }
  // A stored coroutine is a thunk (a function) at run time, so it cannot be told from a plain function there.
  if (t.types.some((m) => m.t === "coroutine") && !t.types.every((m) => m.t === "coroutine")) return { kind: "mixedCoroutine" };
  if (awaitables.length < t.types.length && awaitables.every((a) => a.t === "task" || a.t === "future" || a.t === "promise")) return { kind: "check" };
  return { kind: "awaitable" };
}
