/**
 * `dataclasses`: `@dataclass` (with `repr`, `eq` and `order`) and `field` (with `default`,
 * `default_factory`, `repr` and `compare`) on the classes they decorate; the translation itself is in
 * ../dataclasses.ts (the fields become `__init__`) and ../dataclassMethods.ts (`__repr__`, `__eq__`,
 * `__lt__`). Used anywhere else (`dataclass(cls)`, `field()` outside a class body) they give TR2003.
 */
import { supported, type StdlibModule } from "./module";

export const dataclassesModule: StdlibModule = {
  name: "dataclasses",
  summary: "`@dataclass` classes: the constructor, `__repr__`, `__eq__` and with `order=True` `__lt__` written out",
  names: [
    supported(
      "dataclass",
      "`@dataclass`, `@dataclass(order=True)` (also `repr`, `eq`): a class whose constructor takes the fields, with `__repr__`, `__eq__` (and `__lt__`) written out, returning `NotImplemented` for another class; `frozen`, `unsafe_hash`, `kw_only`, `slots`, `init=False`, `ClassVar` fields, an own `__init__`, a base class and a class deriving from a dataclass give `TR2007` (and `InitVar`, `asdict`, `replace`, `fields` give `TR2003`)",
      ["repr", "pyEquals", "pyLess", "NotImplemented"],
      "dataclass",
    ),
    supported("field", "`field(default=...)`, `field(default_factory=list)` (a parameter default, made for each instance), `field(repr=False)`, `field(compare=False)`", [], "dataclass"),
  ],
};
