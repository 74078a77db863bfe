/**
 * The annotation forms `typing` and `collections.abc` share (`List[int]`, `Callable[[int], str]`,
 * `AsyncIterator[T]`...), as the static types they mean. An annotation only types a value: what the
 * program does never depends on it, as in Python.
 */
import { nameTable } from "../../core/nameTable";
import type * as py from "../../python/ast";
import { T, join, type PyType } from "../types";

type Form = (args: readonly py.Expr[] | null, typeOf: (e: py.Expr) => PyType) => PyType;

const arg = (args: readonly py.Expr[] | null, typeOf: (e: py.Expr) => PyType, i: number): PyType => (args?.[i] ? typeOf(args[i]!) : T.unknown);
const list: Form = (args, typeOf) => T.list(arg(args, typeOf, 0));
const set: Form = (args, typeOf) => T.set(arg(args, typeOf, 0));
const dict: Form = (args, typeOf) => T.dict(arg(args, typeOf, 0), arg(args, typeOf, 1));
const iterator: Form = (args, typeOf) => T.iterator(arg(args, typeOf, 0));
const asyncGenerator: Form = (args, typeOf) => ({ t: "asyncGenerator", elem: arg(args, typeOf, 0) });
const generator: Form = (args, typeOf) => ({ t: "generator", elem: arg(args, typeOf, 0) });
/** `Awaitable[T]`, `Coroutine[Any, Any, T]`: the result is the last argument. */
const awaitable: Form = (args, typeOf) => T.coroutine(args && args.length > 0 ? typeOf(args[args.length - 1]!) : T.unknown);
const inner: Form = (args, typeOf) => arg(args, typeOf, 0);

const tuple: Form = (args, typeOf) => {
  if (!args) return T.tupleOf(T.unknown);
  // `Tuple[int, ...]`: any length.
  const ellipsis = args.length === 2 && args[1]!.kind === "Constant" && typeof args[1]!.value === "object" && args[1]!.value !== null;
  return ellipsis ? T.tupleOf(typeOf(args[0]!)) : T.tuple(args.map(typeOf));
};

const union: Form = (args, typeOf) => (args ?? []).map(typeOf).reduce<PyType>((a, b) => join(a, b), T.never);

/** `Callable[[int, str], bool]`; `Callable[..., T]` takes anything. */
const callable: Form = (args, typeOf) => {
  if (!args || args.length !== 2) return { t: "callable", params: [], result: T.unknown };
  const params = args[0]!.kind === "List" ? args[0]!.elts.map(typeOf) : [];
  // `Callable[[int], Awaitable[int]]` is an async function: calling it gives the promise at once.
  const result = typeOf(args[1]!);
  return { t: "callable", params, result: result.t === "coroutine" ? T.promise(result.result) : result };
};

/** `Literal["a", "b"]`: the type of its values. */
const literal: Form = (args) => {
  const types = (args ?? []).map((a): PyType => {
    if (a.kind !== "Constant") return T.unknown;
    const v = a.value;
    return v === null ? T.none : typeof v === "boolean" ? T.bool : typeof v === "string" ? T.str : typeof v === "bigint" ? T.int : typeof v === "number" ? T.float : T.unknown;
  });
  return types.reduce<PyType>((a, b) => join(a, b), T.never);
};

/** Every form by name, with what it becomes in TypeScript (for the docs). */
export const typeForms: Readonly<Record<string, { readonly form: Form; readonly typescript: string }>> = nameTable({
  Any: { form: () => T.unknown, typescript: "unknown" },
  List: { form: list, typescript: "T[]" },
  Sequence: { form: list, typescript: "T[] (a list: what the program passes)" },
  MutableSequence: { form: list, typescript: "T[]" },
  Iterable: { form: list, typescript: "T[] (a list: what the program passes)" },
  Collection: { form: list, typescript: "T[]" },
  Iterator: { form: iterator, typescript: "Iterator<T>" },
  Generator: { form: generator, typescript: "Generator<T>" },
  Dict: { form: dict, typescript: "Map<K, V>" },
  Mapping: { form: dict, typescript: "Map<K, V>" },
  MutableMapping: { form: dict, typescript: "Map<K, V>" },
  Set: { form: set, typescript: "Set<T>" },
  AbstractSet: { form: set, typescript: "Set<T>" },
  MutableSet: { form: set, typescript: "Set<T>" },
  FrozenSet: { form: set, typescript: "Set<T>" },
  Tuple: { form: tuple, typescript: "[A, B] / T[] for Tuple[T, ...]" },
  Optional: { form: (args, typeOf) => join(arg(args, typeOf, 0), T.none), typescript: "T | null" },
  Union: { form: union, typescript: "A | B" },
  Callable: { form: callable, typescript: "(a: A, b: B) => R" },
  Awaitable: { form: awaitable, typescript: "() => Promise<T> (a coroutine: lazy until awaited)" },
  Coroutine: { form: awaitable, typescript: "() => Promise<T> (a coroutine: lazy until awaited)" },
  AsyncIterator: { form: asyncGenerator, typescript: "AsyncGenerator<T>" },
  AsyncIterable: { form: asyncGenerator, typescript: "AsyncGenerator<T>" },
  AsyncGenerator: { form: asyncGenerator, typescript: "AsyncGenerator<T>" },
  Final: { form: inner, typescript: "T (a `const`)" },
  ClassVar: { form: inner, typescript: "T (a static field)" },
  Literal: { form: literal, typescript: "the literals' type" },
  Type: { form: () => T.type, typescript: "a class" },
  NoReturn: { form: () => T.never, typescript: "never" },
  Never: { form: () => T.never, typescript: "never" },
});
