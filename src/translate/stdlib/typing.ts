/**
 * `typing`: annotations (`List[int]`, `Optional[str]`, `Callable[[int], str]`, `AsyncIterator[T]`...)
 * become the TypeScript types they mean; `TypeVar`, `Generic` and `Protocol` only type the program
 * (a type variable is `unknown` here), `cast` is its value, `TYPE_CHECKING` is False at run time.
 */
import type * as py from "../../python/ast";
import * as f from "../../ts/factory";
import type { Typed, TranslationContext } from "../context";
import { translateExpr } from "../expressions";
import { T } from "../types";
import { supported, type StdlibModule, type StdlibName } from "./module";
import { typeForms } from "./typeForms";

const forms: StdlibName[] = Object.entries(typeForms).map(([name, { typescript }]) => supported(name, typescript, [], "annotations"));

export const typingModule: StdlibModule = {
  name: "typing",
  summary: "annotations as TypeScript types; they never change what the program does",
  names: [
    ...forms,
    supported("TypeVar", "a type parameter (`unknown` where it is used); the value prints as `~T`", [], "annotations"),
    supported("ParamSpec", "`P = ParamSpec(\"P\")`: a decorator's parameters (`Callable[P, R]`, `*args: P.args`), read as no annotation, since inference finds the functions' own; the value prints as `~P`", [], "annotations"),
    supported("Generic", "`class Stack(Generic[T])`: the base is dropped (TypeScript generics are not values)", [], "annotations"),
    supported("Protocol", "`class P(Protocol)`: the base is dropped (TypeScript types are structural already)", [], "annotations"),
    supported("cast", "`cast(T, x)` is `x` (as `T`)", [], "annotations"),
    supported("NewType", "`UserId = NewType(\"UserId\", int)`: `UserId(5)` is `5`", [], "annotations"),
    supported("NamedTuple", "`class Point(NamedTuple)` with annotated fields: a class with the fields whose instances are tuples too", [], "namedTuple"),
    supported("TypedDict", "`class Movie(TypedDict)` with annotated keys (or `TypedDict(\"Movie\", {...})`): the type `Map<string, ...>` of its values; `Movie(name=...)` is a dict", [], "annotations"),
    supported("TYPE_CHECKING", "`false`", []),
  ],
  typeOnlyBases: ["Generic", "Protocol"],
  annotation: (name, args, typeOf) => typeForms[name]?.form(args, typeOf) ?? null,
  call: typingCall,
  value: (_ctx, name, e) => (name === "TYPE_CHECKING" ? { ir: f.bool(false, e), type: T.bool } : null),
};

function typingCall(ctx: TranslationContext, name: string, e: py.Call): Typed | null {
  const first = e.args[0];
  switch (name) {
    case "TypeVar":
    case "ParamSpec":
      // Only its name matters at run time (`print(T)` shows `~T`); bounds and constraints only type the program.
      if (first?.kind !== "Constant" || typeof first.value !== "string") return null;
      return { ir: f.str(`~${first.value}`, e), type: T.type };
    case "cast": {
      if (e.args.length !== 2) return null;
      const value = translateExpr(ctx, e.args[1]!);
      return value;
    }
    case "NewType": {
      if (e.args.length !== 2) return null;
      // A NewType is the identity function at run time.
      const x = f.param("x", f.tKeyword("unknown"));
      return { ir: f.arrow([x], f.id("x"), { span: e }), type: { t: "callable", params: [T.unknown], result: T.unknown } };
    }
    default:
      return null;
  }
}
