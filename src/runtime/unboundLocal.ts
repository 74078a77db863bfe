/** A function's local read before any assignment: Python's UnboundLocalError, where a hoisted `let` would read undefined (None). */
import { NameError } from "./exceptions";

export class UnboundLocalError extends NameError {}

/** What a local that may be read before its assignment holds until then: not undefined, which is None. */
const unboundMark: unique symbol = Symbol("unbound");

/** The initial value of such a local; typed `never` so it fits the variable's declared type. */
export function unboundLocal(): never {
  return unboundMark as never;
}

/** `value` read from the local `name`: CPython's UnboundLocalError while it still holds the unbound mark. */
export function checkBound<T>(value: T, name: string): T {
  if ((value as unknown) === unboundMark) throw new UnboundLocalError(`cannot access local variable '${name}' where it is not associated with a value`);
  return value;
}
