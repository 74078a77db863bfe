/**
 * `@dataclass`: Python's decorator writes a class's `__init__`, `__repr__` and `__eq__` (with
 * `order=True` also `__lt__`...) from its annotated fields. Before translation each dataclass's fields
 * become the `__init__` Python writes (`self.x = x` for each field, defaults as parameter defaults), so
 * its parameters, types, defaults and keyword arguments translate like any constructor's; classes.ts
 * then writes `__repr__`, `__eq__` and `__lt__` from the spec kept here (see dataclassMethods.ts).
 * What this does not support is reported (TR2007) with the place, never translated half way.
 */
import { nameTable } from "../core/nameTable";
import type * as py from "../python/ast";
import { namedTupleDef, namedTupleStatement } from "./namedTuples";
import { typedDictClass, typedDictStatement } from "./typedDicts";

export interface DataclassField {
  readonly name: string;
  readonly repr: boolean;
  readonly compare: boolean;
  /** Its line (`x: int = 0`), or its name in a `namedtuple(...)` call. */
  readonly node: py.NodeBase;
}

export interface DataclassSpec {
  /** `Point`, or `main.<locals>.Point` for a class defined in a function: what its repr shows. */
  readonly qualname: string;
  /** `dataclass`, or a named tuple (`class P(NamedTuple)`, `namedtuple("P", "x y")`: a tuple too, see namedTuples.ts). */
  readonly kind: "dataclass" | "namedtuple";
  /** What writes the methods, as written (`@dataclass(order=True)`, `NamedTuple`), for the comment above the class and its note. */
  readonly decorator: py.Expr;
  readonly fields: readonly DataclassField[];
  readonly repr: boolean;
  readonly eq: boolean;
  readonly order: boolean;
  /** Its fields cannot be assigned after `__init__`; with `eq` it hashes by them. A named tuple is frozen too. */
  readonly frozen: boolean;
  /** What cannot be translated, reported at each pass by translateClass. */
  readonly problems: readonly DataclassProblem[];
}

export interface DataclassProblem {
  readonly node: py.NodeBase;
  readonly message: string;
}

/**
 * How the program names `dataclass` and `field` (`from dataclasses import ...` names, `import dataclasses [as d]`
 * aliases), and `NamedTuple` and `namedtuple` (from typing and collections).
 */
export interface Names {
  readonly dataclass: ReadonlySet<string>;
  readonly field: ReadonlySet<string>;
  readonly modules: ReadonlySet<string>;
  readonly NamedTuple: ReadonlySet<string>;
  readonly namedtuple: ReadonlySet<string>;
  readonly TypedDict: ReadonlySet<string>;
  /** `typing` and `collections` as imported (`import typing as t`). */
  readonly typingModules: ReadonlySet<string>;
  readonly collectionsModules: ReadonlySet<string>;
}

/** Parameters of `@dataclass(...)` that keep their default here, and what the default is. */
const fixedOptions: Readonly<Record<string, boolean>> = nameTable({ init: true, unsafe_hash: false, kw_only: false, slots: false, weakref_slot: false });
const whyFixed: Readonly<Record<string, string>> = nameTable({
  init: "without the generated __init__ the fields are class attributes",
  unsafe_hash: "hashing by the fields is something JavaScript's Map and Set cannot do",
  kw_only: "keyword-only constructor parameters are not supported",
  slots: "__slots__ are not supported",
  weakref_slot: "__slots__ are not supported",
});

/** The module with each dataclass's (and named tuple's) fields turned into its `__init__`, and the spec of each (keyed by the new ClassDef). */
export function desugarDataclasses(module: py.Module): { module: py.Module; specs: Map<py.ClassDef, DataclassSpec> } {
  const specs = new Map<py.ClassDef, DataclassSpec>();
  const names = importedNames(module);
  if (Object.values(names).every((set: ReadonlySet<string>) => set.size === 0)) return { module, specs };
  const body = rewriteBlock(module.body, "", names, specs);
  return { module: body === module.body ? module : { ...module, body }, specs };
}

function importedNames(module: py.Module): Names {
  const names = { dataclass: new Set<string>(), field: new Set<string>(), modules: new Set<string>(), NamedTuple: new Set<string>(), namedtuple: new Set<string>(), TypedDict: new Set<string>(), typingModules: new Set<string>(), collectionsModules: new Set<string>() };
  const fromModule: Readonly<Record<string, Readonly<Record<string, Set<string>>>>> = nameTable({
    dataclasses: nameTable({ dataclass: names.dataclass, field: names.field }),
    typing: nameTable({ NamedTuple: names.NamedTuple, TypedDict: names.TypedDict }),
    collections: nameTable({ namedtuple: names.namedtuple }),
  });
  const moduleAliases = nameTable({ dataclasses: names.modules, typing: names.typingModules, collections: names.collectionsModules });
  for (const s of module.body) {
    if (s.kind === "ImportFrom" && s.module !== null && fromModule[s.module]) {
      for (const a of s.names) fromModule[s.module]![a.name]?.add(a.asname ?? a.name);
    } else if (s.kind === "Import") {
      for (const a of s.names) moduleAliases[a.name]?.add(a.asname ?? a.name);
    }
  }
  return names;
}

/** `name` as one of the names of Names: imported from its module, or `module.name`. */
export function refersTo(e: py.Expr, which: "dataclass" | "field" | "NamedTuple" | "namedtuple" | "TypedDict", names: Names): boolean {
  if (e.kind === "Name") return names[which].has(e.id);
  const modules = which === "NamedTuple" || which === "TypedDict" ? names.typingModules : which === "namedtuple" ? names.collectionsModules : names.modules;
  return e.kind === "Attribute" && e.attr === which && e.value.kind === "Name" && modules.has(e.value.id);
}

/** Statements with each dataclass rewritten, inside functions and classes too; the same array when nothing changed. */
function rewriteBlock(stmts: readonly py.Stmt[], prefix: string, names: Names, specs: Map<py.ClassDef, DataclassSpec>): readonly py.Stmt[] {
  let changed = false;
  const out = stmts.map((s) => {
    const next = rewriteStmt(s, prefix, names, specs);
    if (next !== s) changed = true;
    return next;
  });
  return changed ? out : stmts;
}

function rewriteStmt(s: py.Stmt, prefix: string, names: Names, specs: Map<py.ClassDef, DataclassSpec>): py.Stmt {
  switch (s.kind) {
    case "FunctionDef":
    case "AsyncFunctionDef": {
      const body = rewriteBlock(s.body, `${prefix}${s.name}.<locals>.`, names, specs);
      return body === s.body ? s : { ...s, body };
    }
    case "Assign":
      // `Point = namedtuple("Point", "x y")`: a class statement, as the class form would be.
      return namedTupleStatement(s, names, specs) ?? typedDictStatement(s, names) ?? s;
    case "ClassDef": {
      if (s.bases.some((b) => refersTo(b, "TypedDict", names))) return typedDictClass(s, names);
      const body = rewriteBlock(s.body, `${prefix}${s.name}.`, names, specs);
      const cls = body === s.body ? s : { ...s, body };
      return dataclass(cls, `${prefix}${s.name}`, names, specs);
    }
    case "If":
    case "For":
    case "AsyncFor":
    case "While":
    case "With":
    case "AsyncWith":
    case "Try":
    case "TryStar": {
      // Blocks that hold statements: rewritten in place, keeping the same node when nothing changes.
      let changed = false;
      const copy: Record<string, unknown> = { ...s };
      for (const key of ["body", "orelse", "finalbody"] as const) {
        const block = (s as unknown as Record<string, readonly py.Stmt[] | undefined>)[key];
        if (!block) continue;
        const next = rewriteBlock(block, prefix, names, specs);
        if (next !== block) {
          copy[key] = next;
          changed = true;
        }
      }
      return changed ? (copy as unknown as py.Stmt) : s;
    }
    default:
      return s;
  }
}

/** A class decorated with `@dataclass`: its fields become `__init__`; any other class as it is. */
function dataclass(s: py.ClassDef, qualname: string, names: Names, specs: Map<py.ClassDef, DataclassSpec>): py.ClassDef {
  const namedBase = s.bases.find((b) => refersTo(b, "NamedTuple", names));
  if (namedBase) return namedTupleClass(s, namedBase, qualname, names, specs);
  const decorator = s.decorator_list.find((d) => refersTo(d.kind === "Call" ? d.func : d, "dataclass", names));
  if (!decorator) return s;
  const problems: DataclassProblem[] = [];
  const options = { repr: true, eq: true, order: false, frozen: false };
  if (decorator.kind === "Call") {
    for (const a of decorator.args) problems.push({ node: a, message: "`@dataclass` takes keyword arguments only" });
    for (const kw of decorator.keywords) {
      const value = kw.value.kind === "Constant" && typeof kw.value.value === "boolean" ? kw.value.value : null;
      if (kw.arg === "repr" || kw.arg === "eq" || kw.arg === "order" || kw.arg === "frozen") {
        if (value === null) problems.push({ node: kw, message: `\`${kw.arg}=\` of \`@dataclass\` must be True or False here` });
        else options[kw.arg] = value;
      } else if (kw.arg === "match_args") {
        // Only `match` statements read __match_args__.
      } else if (kw.arg !== null && kw.arg in fixedOptions && value === fixedOptions[kw.arg]) {
        // The default, written out.
      } else if (kw.arg !== null && kw.arg in fixedOptions) {
        problems.push({ node: kw, message: `\`@dataclass(${kw.arg}=${value === null ? "..." : value ? "True" : "False"})\` is not supported: ${whyFixed[kw.arg] ?? ""}` });
      } else problems.push({ node: kw, message: `\`@dataclass(${kw.arg ?? "**"}...)\` is not supported` });
    }
  }
  if (options.order && !options.eq) problems.push({ node: decorator, message: "ValueError: eq must be true if order is true" });
  if (s.bases.length > 0 || s.keywords.length > 0) problems.push({ node: s, message: "a `@dataclass` with a base class is not supported (its fields would include the base's)" });
  const own = ownMethods(s);
  if (own.has("__init__")) problems.push({ node: s, message: "a `@dataclass` that writes its own `__init__` is not supported" });
  if (options.order) {
    for (const m of ["__lt__", "__le__", "__gt__", "__ge__"]) {
      if (own.has(m)) problems.push({ node: s, message: `TypeError: Cannot overwrite attribute ${m} in class ${s.name}. Consider using functools.total_ordering` });
    }
  }
  const declared = annotatedFields(s, names, problems);
  const spec: DataclassSpec = { kind: "dataclass", qualname, decorator, fields: declared.fields.map((x) => x.field), ...options, problems };
  return withInit({ ...s, decorator_list: s.decorator_list.filter((d) => d !== decorator) }, declared, spec, specs);
}

/**
 * `class P(NamedTuple)`: a dataclass whose instances are also tuples (indexed, unpacked, compared and hashed
 * as their fields' tuple, see namedTuples.ts); the class keeps its methods and other attributes.
 */
function namedTupleClass(s: py.ClassDef, base: py.Expr, qualname: string, names: Names, specs: Map<py.ClassDef, DataclassSpec>): py.ClassDef {
  const problems: DataclassProblem[] = [];
  if (s.bases.length > 1 || s.keywords.length > 0) problems.push({ node: s, message: "a `NamedTuple` with another base class is not supported" });
  for (const d of s.decorator_list) problems.push({ node: d, message: "a decorated `NamedTuple` class is not supported" });
  const own = ownMethods(s);
  for (const m of ["__init__", "__new__"]) if (own.has(m)) problems.push({ node: s, message: `AttributeError: Cannot overwrite NamedTuple attribute ${m}` });
  const declared = annotatedFields(s, names, problems);
  return namedTupleDef({ ...s, bases: [] }, declared, qualname, base, problems, specs);
}

/** Its own methods' names. */
function ownMethods(s: py.ClassDef): Set<string> {
  return new Set(s.body.flatMap((b) => (b.kind === "FunctionDef" || b.kind === "AsyncFunctionDef" ? [b.name] : [])));
}

/** A field as declared: the spec's field, its annotation (none in `namedtuple("P", "x y")`) and default. */
export interface DeclaredField {
  readonly field: DataclassField;
  readonly annotation: py.Expr | null;
  readonly default: py.Expr | null;
}

/** A class body's annotated fields, and its other statements (methods, attributes) with where the fields were. */
export interface DeclaredFields {
  readonly fields: readonly DeclaredField[];
  readonly rest: readonly py.Stmt[];
  /** Where in `rest` the fields stood: `__init__` goes there. */
  readonly at: number;
}

function annotatedFields(s: py.ClassDef, names: Names, problems: DataclassProblem[]): DeclaredFields {
  const fields: DeclaredField[] = [];
  const rest: py.Stmt[] = [];
  let at = -1;
  for (const stmt of s.body) {
    if (stmt.kind !== "AnnAssign") {
      rest.push(stmt);
      continue;
    }
    if (at < 0) at = rest.length;
    const field = fieldOf(stmt, names, problems);
    if (field) fields.push({ field: { name: field.name, repr: field.repr, compare: field.compare, node: stmt }, annotation: stmt.annotation, default: field.default });
  }
  return { fields, rest, at: at < 0 ? rest.length : at };
}

/** The class with the `__init__` Python writes from its fields (`self.x = x` each, defaults as parameter defaults). */
/** The `__init__` each dataclass and named tuple gets: the one place a frozen one's fields are assigned. */
export const generatedInits = new WeakSet<py.FunctionDef>();

export function withInit(s: py.ClassDef, declared: DeclaredFields, spec: DataclassSpec, specs: Map<py.ClassDef, DataclassSpec>): py.ClassDef {
  const problems = spec.problems as DataclassProblem[];
  const params: py.Arg[] = [];
  const defaults: py.Expr[] = [];
  const assigns: py.Stmt[] = [];
  for (const { field, annotation, default: value } of declared.fields) {
    if (value) defaults.push(value);
    else if (defaults.length > 0) problems.push({ node: field.node, message: `TypeError: non-default argument '${field.name}' follows default argument` });
    params.push({ kind: "arg", arg: field.name, annotation, type_comment: null, start: field.node.start, end: annotation?.end ?? field.node.end });
    assigns.push(selfAssign(field.name, field.node));
  }
  const own = ownMethods(s);
  const body = [...declared.rest];
  if (own.has("__post_init__") && spec.kind === "dataclass") {
    const last = s.body[s.body.length - 1]!;
    const at = { start: last.end, end: last.end };
    assigns.push({ kind: "Expr", value: { kind: "Call", func: attribute(name("self", at), "__post_init__", at), args: [], keywords: [], ...at }, ...at });
  }
  if (params.length > 0 || assigns.length > 0) {
    const first = params[0] ?? s;
    const last = assigns[assigns.length - 1] ?? s;
    const init: py.FunctionDef = {
      kind: "FunctionDef",
      name: "__init__",
      args: {
        kind: "arguments",
        posonlyargs: [],
        args: [{ kind: "arg", arg: "self", annotation: null, type_comment: null, start: first.start, end: first.start }, ...params],
        vararg: null,
        kwonlyargs: [],
        kw_defaults: [],
        kwarg: null,
        defaults,
      },
      body: assigns.length > 0 ? assigns : [{ kind: "Pass", start: first.start, end: first.start }],
      decorator_list: [],
      returns: null,
      type_comment: null,
      start: first.start,
      end: last.end,
    };
    body.splice(declared.at, 0, init);
    generatedInits.add(init);
  }
  const cls: py.ClassDef = { ...s, body };
  specs.set(cls, spec);
  return cls;
}

/** `x: int`, `x: int = 0`, `x: list = field(default_factory=list)`: the field, its default, and whether repr and == see it. */
function fieldOf(s: py.AnnAssign, names: Names, problems: DataclassProblem[]): { name: string; default: py.Expr | null; repr: boolean; compare: boolean } | null {
  if (s.target.kind !== "Name") {
    problems.push({ node: s, message: "a `@dataclass` field must be a plain name" });
    return null;
  }
  const fieldName = s.target.id;
  if (isClassVar(s.annotation)) {
    problems.push({ node: s.annotation, message: "a `ClassVar` in a `@dataclass` is not supported (write the class attribute without an annotation)" });
    return null;
  }
  if (fieldName === "self") problems.push({ node: s.target, message: "a `@dataclass` field named `self` is not supported" });
  const value = s.value;
  if (!value || !(value.kind === "Call" && refersTo(value.func, "field", names))) {
    if (value && isMutableLiteral(value)) {
      const type = value.kind === "Dict" || value.kind === "DictComp" ? "dict" : value.kind === "Set" ? "set" : "list";
      problems.push({ node: value, message: `ValueError: mutable default <class '${type}'> for field ${fieldName} is not allowed: use default_factory` });
    }
    return { name: fieldName, default: value, repr: true, compare: true };
  }
  const result = { name: fieldName, default: null as py.Expr | null, repr: true, compare: true };
  for (const a of value.args) problems.push({ node: a, message: "`field()` takes keyword arguments only" });
  for (const kw of value.keywords) {
    const flag = kw.value.kind === "Constant" && typeof kw.value.value === "boolean" ? kw.value.value : null;
    switch (kw.arg) {
      case "default":
        result.default = kw.value;
        if (isMutableLiteral(kw.value)) problems.push({ node: kw.value, message: `a mutable default for field ${fieldName} is not allowed: use default_factory` });
        break;
      case "default_factory":
        // Called by the generated __init__ for each instance made without the argument: a JavaScript default does that.
        result.default = { kind: "Call", func: kw.value, args: [], keywords: [], start: kw.value.start, end: kw.value.end };
        perCallDefaults.add(result.default);
        break;
      case "repr":
      case "compare":
        if (flag === null) problems.push({ node: kw, message: `\`${kw.arg}=\` of \`field()\` must be True or False here` });
        else result[kw.arg] = flag;
        break;
      case "metadata":
        break; // Read only through dataclasses.fields(), which is not supported.
      default:
        if (kw.arg === "init" && flag === true) break;
        if (kw.arg === "hash" && kw.value.kind === "Constant" && kw.value.value === null) break;
        if (kw.arg === "kw_only" && flag === false) break;
        problems.push({ node: kw, message: `\`field(${kw.arg ?? "**"}=...)\` is not supported${kw.arg === "init" ? " (the generated __init__ would skip the field)" : kw.arg === "kw_only" ? ": keyword-only constructor parameters are not supported" : ""}` });
    }
  }
  if (value.keywords.some((k) => k.arg === "default") && value.keywords.some((k) => k.arg === "default_factory")) {
    problems.push({ node: value, message: "ValueError: cannot specify both default and default_factory" });
  }
  return result;
}

/**
 * Defaults that stand for a call made at each construction (`field(default_factory=list)`): a
 * parameter default JavaScript evaluates at each call, not once as Python's own defaults (see translateParams).
 */
export const perCallDefaults = new WeakSet<py.Expr>();

function isClassVar(e: py.Expr): boolean {
  const head = e.kind === "Subscript" ? e.value : e;
  return (head.kind === "Name" && head.id === "ClassVar") || (head.kind === "Attribute" && head.attr === "ClassVar");
}

function isMutableLiteral(e: py.Expr): boolean {
  return e.kind === "List" || e.kind === "Dict" || e.kind === "Set" || e.kind === "ListComp" || e.kind === "DictComp";
}

export function name(id: string, at: py.NodeBase): py.Name {
  return { kind: "Name", id, ctx: "Load", start: at.start, end: at.end };
}

export function attribute(value: py.Expr, attr: string, at: py.NodeBase, ctx: py.Attribute["ctx"] = "Load"): py.Attribute {
  return { kind: "Attribute", value, attr, ctx, start: at.start, end: at.end };
}

/** `self.x = x`, at the field's line. */
function selfAssign(field: string, at: py.NodeBase): py.Assign {
  const where = "target" in at ? (at as py.AnnAssign).target : at;
  const target = attribute(name("self", where), field, where, "Store");
  return { kind: "Assign", targets: [target], value: name(field, where), type_comment: null, start: at.start, end: at.end };
}
