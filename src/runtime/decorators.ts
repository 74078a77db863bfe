/** Function objects as decorators see them: their Python name, and the parameters that `func(*args, **kwargs)` binds at run time. */
import { PyTypeError } from "./exceptions";
import { bindArguments, type Signature } from "./keywords";
import { functionNamesOf, setFunctionNames } from "./positions";

// JavaScript functions know neither their Python name (a translation may rename them) nor how to bind
// keywords, so both are kept beside the function value; a WeakMap leaves the function itself untouched.
const functionSignatures = new WeakMap<object, Signature>();

/** The function `fn`, remembered with its Python signature (and `__qualname__` where it differs from the name): a decorator may call it with any arguments. */
export function withSignature<F extends object>(fn: F, sig: Signature, qualname = sig.name): F {
  functionSignatures.set(fn, sig);
  // A name given by functools.wraps stays: the signature names the code, `__name__` is what wraps copied.
  setFunctionNames(fn, { name: sig.name, qualname });
  return fn;
}

/** `@functools.wraps(wrapped)` on `wrapper`: its `__name__` and `__qualname__` (which its coroutines show) become the wrapped function's. */
export function wraps<F extends object>(wrapped: object, wrapper: F): F {
  setFunctionNames(wrapper, { name: functionName(wrapped), qualname: functionQualname(wrapped) }, true);
  return wrapper;
}

function namesOf(fn: object): { readonly name: string; readonly qualname: string } {
  const found = functionNamesOf(fn);
  if (found === undefined) throw new Error("asyncio-ts: internal error: a function's Python name is not known");
  return found;
}

/** `fn.__name__` for a function known only at run time. */
export function functionName(fn: object): string {
  return namesOf(fn).name;
}

/** `fn.__qualname__` for a function known only at run time (`outer.<locals>.inner`). */
export function functionQualname(fn: object): string {
  return namesOf(fn).qualname;
}

/** CPython's message for too many positional arguments: "f() takes from 1 to 2 positional arguments but 3 were given". */
function tooManyPositional(sig: Signature, given: number): string {
  const max = sig.positional;
  const min = sig.params.slice(0, max).filter((p) => sig.required.includes(p)).length;
  const takes = min === max ? `${max} positional argument${max === 1 ? "" : "s"}` : `from ${min} to ${max} positional arguments`;
  return `${sig.name}() takes ${takes} but ${given} ${given === 1 ? "was" : "were"} given`;
}

/**
 * `fn(*args, **kwargs)`: the positional values fill the named parameters in order (the rest go to
 * `*args`, or raise CPython's TypeError), then the keywords are matched by name. `sig` is null when
 * only the value knows it (`func` may be any of the functions a decorator was given). `R` is given
 * by the caller: TypeScript cannot infer one result type from a union of functions.
 */
export function callWith<R>(fn: (...args: never[]) => unknown, sig: Signature | null, positional: readonly unknown[], keywords: ReadonlyMap<unknown, unknown> = new Map()): R {
  const found = sig ?? functionSignatures.get(fn);
  if (found === undefined) throw new Error("asyncio-ts: internal error: calling a function whose parameters are not known");
  const rest = positional.slice(found.positional);
  if (rest.length > 0 && !found.varargs) throw new PyTypeError(tooManyPositional(found, positional.length));
  return (fn as (...args: unknown[]) => R)(...bindArguments(found, positional.slice(0, found.positional), rest, new Map(), [], keywords));
}
