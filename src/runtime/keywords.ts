/** f(**mapping): a dict's entries matched to the parameters of a function at run time, with CPython's TypeErrors for unexpected, repeated and missing arguments. */
import { PyTypeError } from "./exceptions";

/** What a call needs to know about the function's parameters (Python names, in TypeScript's order). */
export interface Signature {
  /** The function's name as Python's messages give it, e.g. "build_url". */
  readonly name: string;
  /** Named parameters: the positional ones, then the keyword-only ones. */
  readonly params: readonly string[];
  /** How many of `params` are positional. */
  readonly positional: number;
  /** Parameters without a default. */
  readonly required: readonly string[];
  /** Whether the function takes `**kwargs` (a Map after the named parameters). */
  readonly kwargs?: boolean;
  /** Whether the function takes `*args` (the last parameter, a rest parameter). */
  readonly varargs?: boolean;
}

/** "'a'", "'a' and 'b'", "'a', 'b', and 'c'", as CPython lists missing arguments. */
function nameList(names: readonly string[]): string {
  const quoted = names.map((n) => `'${n}'`);
  if (quoted.length === 1) return quoted[0];
  if (quoted.length === 2) return `${quoted[0]} and ${quoted[1]}`;
  return `${quoted.slice(0, -1).join(", ")}, and ${quoted[quoted.length - 1]}`;
}

/**
 * The arguments of a call with `**mapping`, in the function's TypeScript parameter order: the named
 * parameters (`slots`: what the call gave positionally or by keyword, undefined for not given), the
 * `**kwargs` Map if the function has one, then `rest` (its `*args`). `keywords`: the call's own
 * keyword arguments that go to `**kwargs`; `given`: the names the call passed as keywords.
 */
export function bindArguments(
  sig: Signature,
  slots: readonly unknown[],
  rest: readonly unknown[],
  keywords: ReadonlyMap<string, unknown>,
  given: readonly string[],
  ...mappings: ReadonlyMap<unknown, unknown>[]
): unknown[] {
  const named = sig.params.map((_, i) => slots[i]);
  const extra = new Map<string, unknown>(keywords);
  const seen = new Set<string>([...given, ...keywords.keys()]);
  for (const mapping of mappings) {
    for (const [key, value] of mapping) {
      if (typeof key !== "string") throw new PyTypeError("keywords must be strings");
      if (seen.has(key)) throw new PyTypeError(`__main__.${sig.name}() got multiple values for keyword argument '${key}'`);
      seen.add(key);
      const index = sig.params.indexOf(key);
      if (index >= 0) {
        if (named[index] !== undefined) throw new PyTypeError(`${sig.name}() got multiple values for argument '${key}'`);
        named[index] = value;
      } else if (sig.kwargs) extra.set(key, value);
      else throw new PyTypeError(`${sig.name}() got an unexpected keyword argument '${key}'`);
    }
  }
  const missing = (from: number, to: number) => sig.params.slice(from, to).filter((p, i) => named[from + i] === undefined && sig.required.includes(p));
  const positional = missing(0, sig.positional);
  if (positional.length > 0) {
    const s = positional.length === 1 ? "" : "s";
    throw new PyTypeError(`${sig.name}() missing ${positional.length} required positional argument${s}: ${nameList(positional)}`);
  }
  const keywordOnly = missing(sig.positional, sig.params.length);
  if (keywordOnly.length > 0) {
    const s = keywordOnly.length === 1 ? "" : "s";
    throw new PyTypeError(`${sig.name}() missing ${keywordOnly.length} required keyword-only argument${s}: ${nameList(keywordOnly)}`);
  }
  return [...named, ...(sig.kwargs ? [extra] : []), ...rest];
}
