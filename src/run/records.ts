/**
 * What a runner accepts from the program's side (the child process's records, the webview worker's messages):
 * plain data of a known shape. Anything else is the runner's error, never an exit status or an event.
 */

/** An exit status as the program's side reports it: a safe integer, nothing else. */
export function isExitStatus(value: unknown): value is number {
  return typeof value === "number" && Number.isSafeInteger(value);
}

/** A timeline or trace event: a plain object with a `kind` (the views read only the fields they draw). */
export function isEventShape(value: unknown): value is { readonly kind: string } {
  return typeof value === "object" && value !== null && !Array.isArray(value) && typeof (value as { kind?: unknown }).kind === "string";
}

/** Whether `value` is an object whose own keys are exactly `keys` (a record with a field too many is not one). */
export function hasExactKeys(value: unknown, keys: readonly string[]): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const own = Object.keys(value);
  return own.length === keys.length && keys.every((k) => Object.hasOwn(value, k));
}
