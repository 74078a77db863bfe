/** Whole floats where the static type cannot say "float" (a list of mixed values): a JS Number object, which repr, type() and the comparisons read as a Python float. */

/**
 * A float going where the translator knows nothing of the type: 1.0 would be the number 1 there, which
 * prints as the int 1, so a whole value becomes a Number object (`new Number(1)`, printed 1.0). A float
 * with a fraction needs nothing. Arithmetic still works on the object (JS calls valueOf).
 */
export function pyFloat(x: number): number | object {
  return Number.isInteger(x) ? new Number(x) : x;
}

/** isinstance(x, float) for a value of unknown type: a number with a fraction, or a boxed whole float. */
export function isFloat(x: unknown): boolean {
  return x instanceof Number || (typeof x === "number" && !Number.isInteger(x));
}
