/**
 * One standard-library module as data, like the asyncio table: for each name, whether and how it
 * translates, its helpers and its teaching note (the docs are generated from these tables), and the
 * hooks that translate its uses. A module is one file in this folder, listed in `registry.ts`.
 */
import type * as py from "../../python/ast";
import type { Typed, TranslationContext } from "../context";
import type { NoteId } from "../notes";
import type { PyType } from "../types";

export type StdlibStatus = "supported" | "impossible";

export interface StdlibName {
  /** `partial`, or a dotted member (`stdout.write`). */
  readonly name: string;
  readonly status: StdlibStatus;
  /** The TypeScript it becomes, for the docs. */
  readonly typescript: string;
  readonly helpers: readonly string[];
  readonly note?: NoteId;
  /** For names JavaScript cannot do: what to use instead (TR2009). */
  readonly suggestion?: string;
}

/** A use of a module's name: `functools.partial`, `partial` imported from functools, `sys.stdout.write`. */
export interface StdlibRef {
  readonly module: StdlibModule;
  /** The name after the module, dotted for members (`stdout.write`). */
  readonly name: string;
}

export interface StdlibModule {
  /** As imported: `functools`, `collections.abc`. */
  readonly name: string;
  /** One line for the docs. */
  readonly summary: string;
  readonly names: readonly StdlibName[];
  /** `m.name(...)`: the translation, or null when this call form is not supported (TR2003 then names it). */
  readonly call?: (ctx: TranslationContext, name: string, e: py.Call) => Typed | null;
  /** `m.name` used as a value (not called). */
  readonly value?: (ctx: TranslationContext, name: string, e: py.Expr) => Typed | null;
  /**
   * `obj.m(...)` on a value this module makes (`rng.randint(1, 6)`, `q.popleft()`, `c.most_common(2)`),
   * by the value's static type; null when the module does not make such values or does not translate `m`.
   */
  readonly methodCall?: (ctx: TranslationContext, e: py.Call, func: py.Attribute, target: Typed) => Typed | null;
  /** `obj.attr` on a value this module makes (`dt.year`); null when the module does not make such values or know `attr`. */
  readonly attribute?: (ctx: TranslationContext, e: py.Attribute, target: Typed) => Typed | null;
  /** Class bases that only type the program (`Generic[T]`, `Protocol`): dropped from the class. */
  readonly typeOnlyBases?: readonly string[];
  /** `m.name` or `m.name[args]` in an annotation: the static type it means. */
  readonly annotation?: (name: string, args: readonly py.Expr[] | null, typeOf: (e: py.Expr) => PyType) => PyType | null;
}

export const supported = (name: string, typescript: string, helpers: readonly string[] = [], note?: NoteId): StdlibName => ({ name, status: "supported", typescript, helpers, note });
export const impossible = (name: string, suggestion: string): StdlibName => ({ name, status: "impossible", typescript: "", helpers: [], suggestion });
