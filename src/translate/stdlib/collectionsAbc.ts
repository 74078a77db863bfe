/** `collections.abc`: the abstract container types, as annotations (the same forms as `typing`'s). */
import { supported, type StdlibModule } from "./module";
import { typeForms } from "./typeForms";

const abcNames = ["Awaitable", "Coroutine", "AsyncIterator", "AsyncIterable", "AsyncGenerator", "Iterable", "Iterator", "Generator", "Sequence", "MutableSequence", "Mapping", "MutableMapping", "Set", "MutableSet", "Collection", "Callable"] as const;

export const collectionsAbcModule: StdlibModule = {
  name: "collections.abc",
  summary: "the abstract container types, as annotations",
  names: abcNames.map((name) => supported(name, typeForms[name]!.typescript, [], "annotations")),
  annotation: (name, args, typeOf) => (abcNames.includes(name as (typeof abcNames)[number]) ? (typeForms[name]?.form(args, typeOf) ?? null) : null),
};
