/**
 * Instances that cannot change: a named tuple's and a `@dataclass(frozen=True)`'s. Assigning an attribute
 * raises in CPython (AttributeError, FrozenInstanceError), outside the `__init__` Python writes for the class;
 * the translation reports it with CPython's message, rather than let JavaScript assign it.
 */
import type * as py from "../python/ast";
import type { TranslationContext } from "./context";
import { generatedInits } from "./dataclasses";
import type { ClassInfo } from "./types";

/** `p.x = 5` on a frozen instance: reported, and true; false where the assignment is allowed. */
export function refusesAttributeAssignment(ctx: TranslationContext, cls: ClassInfo, target: py.Attribute): boolean {
  if (!cls.frozen) return false;
  const fn = ctx.enclosingFunction()?.node;
  if (fn && fn.kind === "FunctionDef" && generatedInits.has(fn)) return false;
  if (cls.namedTuple) {
    const message = cls.namedTuple.includes(target.attr) ? "can't set attribute" : `'${cls.pyName}' object has no attribute '${target.attr}'`;
    ctx.report("TR2001", target, `a named tuple cannot be changed: CPython raises AttributeError: ${message}`);
  } else {
    ctx.report("TR2001", target, `a frozen dataclass cannot be changed: CPython raises dataclasses.FrozenInstanceError: cannot assign to field '${target.attr}'`);
  }
  return true;
}
