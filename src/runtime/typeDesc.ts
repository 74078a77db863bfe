/** Python static types written as text ("list[float]", "tuple[int, ...]", "float | None"): JS cannot tell 4 from 4.0 or a tuple from a list, so the translator passes the type it knows. */
import { isTuple } from "./tuple";

/** A parsed type: `list[float]` is { name: "list", args: [{ name: "float", args: [] }] }; a union has name "|". */
export interface TypeDesc {
  readonly name: string;
  readonly args: readonly TypeDesc[];
}

/** Parsed descriptors, so a print in a loop does not parse the same text again. */
export const typeDescCache: Map<string, TypeDesc> = new Map();

/** Parse a descriptor such as "dict[str, list[tuple[int, float]]]" or "float | None" (Optional[X] works too). */
export function parseTypeDesc(text: string): TypeDesc {
  const cached = typeDescCache.get(text);
  if (cached) return cached;
  const tokens = text.match(/\.\.\.|[A-Za-z_][\w.]*|[[\],|]/g) ?? [];
  let pos = 0;
  const parseUnion = (): TypeDesc => {
    const options = [parseAtom()];
    while (tokens[pos] === "|") {
      pos++;
      options.push(parseAtom());
    }
    return options.length === 1 ? options[0] : { name: "|", args: options };
  };
  const parseAtom = (): TypeDesc => {
    const name = tokens[pos++] ?? "object";
    const args: TypeDesc[] = [];
    if (tokens[pos] === "[") {
      pos++;
      while (pos < tokens.length && tokens[pos] !== "]") {
        args.push(parseUnion());
        if (tokens[pos] === ",") pos++;
      }
      pos++;
    }
    return normalizeTypeName(name, args);
  };
  const desc = parseUnion();
  typeDescCache.set(text, desc);
  return desc;
}

/** typing spellings (List, Optional, Tuple...) mean the same as the builtin ones. */
export function normalizeTypeName(name: string, args: TypeDesc[]): TypeDesc {
  const base = name.replace(/^typing\./, "");
  const none: TypeDesc = { name: "None", args: [] };
  if (base === "Optional" && args.length === 1) return { name: "|", args: [args[0], none] };
  if (base === "Union") return { name: "|", args };
  const renames: Record<string, string> = { List: "list", Tuple: "tuple", Dict: "dict", Set: "set", FrozenSet: "frozenset", NoneType: "None" };
  return { name: renames[base] ?? base, args };
}

/**
 * Does a runtime value fit a descriptor? Used to pick the right side of a union such as "float | None".
 * `strict` also asks for the marks the translator leaves where the static type cannot tell: a tuple is a
 * marked array (markTuple), a whole float a Number object (pyFloat); loosely, any array or number fits.
 */
export function valueFitsType(value: unknown, desc: TypeDesc, strict = false): boolean {
  switch (desc.name) {
    case "None":
      return value === null || value === undefined;
    case "int":
      return (typeof value === "number" && (!strict || Number.isInteger(value))) || typeof value === "bigint";
    case "float":
      return value instanceof Number || (typeof value === "number" && (!strict || !Number.isInteger(value)));
    case "bool":
      return typeof value === "boolean";
    case "str":
      return typeof value === "string";
    case "list":
      return Array.isArray(value) && !(strict && isTuple(value));
    case "tuple":
      return Array.isArray(value) && (!strict || isTuple(value));
    case "dict":
      return value instanceof Map;
    case "set":
    case "frozenset":
      return value instanceof Set;
    default:
      return true;
  }
}

/** Descriptor names valueFitsType can check; any other ("object", a class) fits every value. */
export const checkedTypeNames: ReadonlySet<string> = new Set(["None", "int", "float", "bool", "str", "list", "tuple", "dict", "set", "frozenset"]);

/**
 * The descriptor to use for `value`: the union member it fits, marks first (a marked array is the tuple
 * member, a Number object the float member), then a member it fits loosely, then one that says nothing.
 */
export function resolveTypeDesc(value: unknown, desc: TypeDesc | null): TypeDesc | null {
  if (desc === null || desc.name !== "|") return desc;
  const checked = desc.args.filter((option) => checkedTypeNames.has(option.name));
  return (
    checked.find((option) => valueFitsType(value, option, true)) ??
    checked.find((option) => valueFitsType(value, option)) ??
    desc.args.find((option) => !checkedTypeNames.has(option.name)) ??
    null
  );
}

/** The descriptor of the i-th item of a list, tuple or set descriptor (null when unknown). */
export function itemTypeDesc(desc: TypeDesc | null, index: number): TypeDesc | null {
  if (desc === null || desc.args.length === 0) return null;
  if (desc.name === "tuple") {
    if (desc.args.length === 2 && desc.args[1].name === "...") return desc.args[0];
    return desc.args[index] ?? null;
  }
  return desc.args[0];
}

/** The descriptor written back as text, for the helpers that take a type as text. */
export function typeDescText(desc: TypeDesc): string {
  if (desc.name === "|") return desc.args.map(typeDescText).join(" | ");
  return desc.args.length === 0 ? desc.name : `${desc.name}[${desc.args.map(typeDescText).join(", ")}]`;
}

/** The descriptor of `container[key]` for a value of type `desc` (null when unknown). */
export function subscriptTypeDesc(container: unknown, desc: TypeDesc | null, key: unknown): TypeDesc | null {
  const own = resolveTypeDesc(container, desc);
  if (own === null) return null;
  if (own.name === "dict" || own.name === "defaultdict" || own.name === "OrderedDict") return own.args[1] ?? null;
  return typeof key === "number" ? itemTypeDesc(own, key) : null;
}
