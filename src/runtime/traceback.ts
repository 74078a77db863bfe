/** The last line of a Python traceback for an uncaught exception (`ValueError: boom`, `KeyError: 'x'`), including JS errors the translation did not model. */
import { BaseException, pythonQualifiedName } from "./exceptions";
import { str } from "./repr";

/**
 * What CPython prints last when an exception escapes: `Name: message`, or just `Name` when str() is empty.
 * Classes from __main__ and builtins print bare (`MyError: boom`); others with their module
 * (`asyncio.exceptions.CancelledError`). The traceback lines above it (file, line) are not reproduced.
 */
export function formatUncaught(err: unknown): string {
  if (err instanceof BaseException) {
    const name = pythonQualifiedName(err.constructor as typeof BaseException);
    const text = str(err);
    return text === "" ? name : `${name}: ${text}`;
  }
  if (err instanceof RangeError && /call stack/i.test(err.message)) {
    // JS ran out of stack where Python would have hit its recursion limit.
    return "RecursionError: maximum recursion depth exceeded";
  }
  if (err instanceof Error) {
    // A JS error means the translation did something Python would not have: say so rather than pretend.
    return `InternalError: ${err.name}: ${err.message} (a JavaScript error, not a Python exception)`;
  }
  return `InternalError: ${String(err)} (a JavaScript value was thrown, not a Python exception)`;
}
