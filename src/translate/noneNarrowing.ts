/**
 * Where a test proves a value is not None: `x.attr` of a value that may be None needs Python's
 * AttributeError check (`notNone(x, "attr")`), except where the program has just tested it
 * (`x.name if x else None`, `if self.lock is not None: self.lock.release()`, `x and x.done()`). There the
 * check cannot fail, and TypeScript's `x!` (which TypeScript's own narrowing usually makes unneeded) says so.
 * Only a test's own branch counts (a loop's body for its test), up to where the code stores to the value
 * again (TranslationContext.storedTo).
 */
import type * as py from "../python/ast";
import { walk } from "./astWalk";

/** A name or a chain of attributes of one (`self.lock`), as a key; null for other expressions. */
export function referenceKey(e: py.Expr): string | null {
  if (e.kind === "Name") return e.id;
  if (e.kind !== "Attribute") return null;
  const base = referenceKey(e.value);
  return base === null ? null : `${base}.${e.attr}`;
}

/** The references a test proves are not None when it is true: `x`, `x is not None`, each operand of an `and`. */
export function notNoneWhenTrue(test: py.Expr): string[] {
  if (test.kind === "BoolOp" && test.op === "And") return test.values.flatMap(notNoneWhenTrue);
  if (test.kind === "Compare" && test.ops.length === 1 && test.ops[0] === "IsNot" && isNone(test.comparators[0]!)) return withOwners(test.left);
  return withOwners(test);
}

/** The references a test proves are not None when it is false: `x is None`, `not x`. */
export function notNoneWhenFalse(test: py.Expr): string[] {
  if (test.kind === "UnaryOp" && test.op === "Not") return notNoneWhenTrue(test.operand);
  if (test.kind === "Compare" && test.ops.length === 1 && test.ops[0] === "Is" && isNone(test.comparators[0]!)) return withOwners(test.left);
  return [];
}

/** `a.b.c` and, since reading it got that far, `a.b` and `a`; nothing for other expressions. */
function withOwners(e: py.Expr): string[] {
  const key = referenceKey(e);
  return key === null ? [] : key.split(".").map((_, i, parts) => parts.slice(0, i + 1).join("."));
}

/** The references a statement or expression stores to or deletes (`x = ...`, `for x in ...`, `del x.attr`). */
export function storedKeys(node: py.Stmt | py.Expr): string[] {
  const keys: string[] = [];
  walk(node, (n) => {
    const ref = n as py.Expr;
    if ((ref.kind === "Name" || ref.kind === "Attribute") && ref.ctx !== "Load") {
      const key = referenceKey(ref);
      if (key !== null) keys.push(key);
    }
  });
  return keys;
}

function isNone(e: py.Expr): boolean {
  return e.kind === "Constant" && e.value === null;
}
