/**
 * `enum`: `class Color(Enum)` and `class Priority(IntEnum)` with members given as literals or `auto()`;
 * the class itself is translated in ../enums.ts (members as static readonly instances of a class
 * extending the runtime's `PyEnum`). Used anywhere else (`Enum("Color", "RED GREEN")`, `auto()`
 * outside an enum body) they give TR2003; what an enum body may not hold gives TR2007 at its place.
 */
import { T } from "../types";
import { supported, type StdlibModule } from "./module";

export const enumModule: StdlibModule = {
  name: "enum",
  summary: "`Enum` and `IntEnum` classes: members with a name and a value, printed, looked up and iterated as in CPython 3.11",
  names: [
    supported(
      "Enum",
      "`class Color(Enum)`: `class Color extends PyEnum` with each member a `static readonly RED = new Color(\"RED\", 1)`; `Color(1)` is `Color.of(1)`, `Color[\"RED\"]` is `Color.byName(\"RED\")`, `for c in Color`, `list(Color)`, `len(Color)` and `c in Color` read `Color.members()`, `Color.__members__` is `Color.membersByName()`; `type(c)` prints `<enum 'Color'>`; methods of the body (and `__str__`) are methods of the class. Aliases (two members with one value), mixin types other than `str` (`class C(int, Enum)`), `_missing_`, `_generate_next_value_`, `_ignore_`, `__init__`/`__new__`, annotated members, and a class deriving from an enum give `TR2007`; the functional form `Enum(\"Color\", ...)` gives `TR2003`",
      ["PyEnum"],
      "enumMembers",
    ),
    supported("IntEnum", "`class Priority(IntEnum)`: `class Priority extends PyIntEnum`, whose members are ints (`str()` and `format()` give the number as in 3.11; `<`, `==` with ints, arithmetic, `bool`, `int`, `sum` and `isinstance(m, int)` use the value, and a member and its int are one dict key); a value that is not an int literal gives `TR2007`", ["PyIntEnum"], "enumMembers"),
    supported("StrEnum", "`class Mode(StrEnum)` (3.11): `class Mode extends PyStrEnum`, whose members are strs (`str()` and format give the value; `==` with strs, sorting and dict keys use it; `auto()` is the name in lower case); `class Color(str, Enum)` extends `PyStrMixinEnum`, the same but printed `Color.RED`; a value that is not a str literal gives `TR2007`", ["PyStrEnum"], "enumMembers"),
    supported("auto", "`auto()` as a member's value: the previous int value plus one (1 for the first), computed by the translator; after a value that is not an int it gives `TR2007` (CPython 3.11 warns there)", [], "enumMembers"),
  ],
  // `isinstance(x, Enum)`: the runtime's base classes.
  value: (ctx, name) => (name === "Enum" || name === "IntEnum" ? { ir: ctx.helper(name === "Enum" ? "PyEnum" : "PyIntEnum"), type: T.unknown } : null),
};
