/**
 * Named tuples: `class P(NamedTuple)` with annotated fields, `P = namedtuple("P", "x y")` and
 * `P = NamedTuple("P", [("x", int), ("y", int)])`. Each becomes a class as a dataclass does (an `__init__`
 * from the fields, a `__repr__` showing them), plus what makes its instances tuples, written in Python so
 * they translate and are typed like the program's own methods: `__getitem__` (the fields' tuple indexed),
 * `__len__`, `__iter__` (so an instance unpacks, spreads and iterates), `_asdict()` and `_fields`.
 * `==`, `<` and `hash()` are those of the fields' tuple (dataclassMethods.ts). A constant index and
 * `_replace(x=1)` are read where they are used (namedTupleAccess.ts).
 */
import type * as py from "../python/ast";
import { attribute, name, refersTo, withInit, type DataclassField, type DataclassProblem, type DataclassSpec, type DeclaredField, type DeclaredFields, type Names } from "./dataclasses";

/** A named tuple class with its tuple methods, and its spec. */
export function namedTupleDef(s: py.ClassDef, declared: DeclaredFields, typeName: string, origin: py.Expr, problems: DataclassProblem[], specs: Map<py.ClassDef, DataclassSpec>): py.ClassDef {
  checkFieldNames(declared.fields, problems);
  if (declared.fields.length === 0) problems.push({ node: s, message: "a named tuple without fields is not supported" });
  const spec: DataclassSpec = { kind: "namedtuple", qualname: typeName, decorator: origin, fields: declared.fields.map((x) => x.field), repr: true, eq: true, order: true, frozen: true, problems };
  const own = new Set(s.body.flatMap((b) => (b.kind === "FunctionDef" || b.kind === "AsyncFunctionDef" ? [b.name] : b.kind === "Assign" ? b.targets.flatMap((t) => (t.kind === "Name" ? [t.id] : [])) : [])));
  const at: py.NodeBase = { start: s.start, end: s.start };
  const fields = declared.fields.map((x) => x.field.name);
  const generated = tupleMembers(fields, at).filter((m) => !own.has(m.kind === "Assign" ? "_fields" : (m as py.FunctionDef).name));
  const rest = [...declared.rest];
  rest.splice(declared.at, 0, ...generated);
  return withInit(s, { fields: declared.fields, rest, at: declared.at }, spec, specs);
}

/**
 * `Point = namedtuple("Point", "x y")` or `Point = NamedTuple("Point", [("x", int)])` as a class statement; null for
 * any other statement. (Its repr shows its `__name__`, never a qualified name: where it is defined does not matter.)
 */
export function namedTupleStatement(s: py.Assign, names: Names, specs: Map<py.ClassDef, DataclassSpec>): py.ClassDef | null {
  const call = s.value;
  if (call.kind !== "Call" || s.targets.length !== 1 || s.targets[0]!.kind !== "Name") return null;
  const typed = refersTo(call.func, "NamedTuple", names);
  if (!typed && !refersTo(call.func, "namedtuple", names)) return null;
  const problems: DataclassProblem[] = [];
  const [typeNameArg, fieldsArg] = call.args;
  const typeName = typeNameArg?.kind === "Constant" && typeof typeNameArg.value === "string" ? typeNameArg.value : null;
  if (typeName === null) problems.push({ node: typeNameArg ?? call, message: "the name of a named tuple must be a string literal here" });
  if (call.args.length !== 2 || call.args.some((a) => a.kind === "Starred")) problems.push({ node: call, message: "a named tuple is made here from its name and its fields as two arguments" });
  const fields = fieldsArg ? (typed ? typedFields(fieldsArg, problems) : untypedFields(fieldsArg, problems)) : [];
  for (const kw of call.keywords) {
    if (!typed && kw.arg === "defaults") applyDefaults(fields, kw.value, problems);
    else if (!typed && kw.arg === "module") continue; // Only __module__ changes.
    else if (!typed && kw.arg === "rename" && kw.value.kind === "Constant" && kw.value.value === false) continue;
    else problems.push({ node: kw, message: `\`${typed ? "NamedTuple" : "namedtuple"}(${kw.arg ?? "**"}=...)\` is not supported` });
  }
  const target = s.targets[0] as py.Name;
  const cls: py.ClassDef = { kind: "ClassDef", name: target.id, bases: [], keywords: [], body: [], decorator_list: [], start: s.start, end: s.end };
  return namedTupleDef(cls, { fields, rest: [], at: 0 }, typeName ?? target.id, call.func, problems, specs);
}

/** `"x y"`, `"x, y"`, `["x", "y"]`, `("x", "y")`: untyped fields. */
function untypedFields(e: py.Expr, problems: DataclassProblem[]): DeclaredField[] {
  if (e.kind === "Constant" && typeof e.value === "string") {
    const names = e.value.replace(/,/g, " ").split(/\s+/).filter((x) => x !== "");
    return names.map((n) => declaredField(n, e, null));
  }
  if ((e.kind === "List" || e.kind === "Tuple") && e.elts.every((x) => x.kind === "Constant" && typeof x.value === "string")) {
    return e.elts.map((x) => declaredField((x as py.Constant).value as string, x, null));
  }
  problems.push({ node: e, message: "the fields of a named tuple must be a string or a list of strings written out here" });
  return [];
}

/** `[("x", int), ("y", str)]`: fields with their types. */
function typedFields(e: py.Expr, problems: DataclassProblem[]): DeclaredField[] {
  const pairs = e.kind === "List" || e.kind === "Tuple" ? e.elts : null;
  const fields: DeclaredField[] = [];
  for (const pair of pairs ?? []) {
    const [fieldName, type] = pair.kind === "Tuple" && pair.elts.length === 2 ? pair.elts : [];
    if (fieldName?.kind === "Constant" && typeof fieldName.value === "string" && type) fields.push(declaredField(fieldName.value, fieldName, type));
    else problems.push({ node: pair, message: "each field of a `NamedTuple(...)` must be written out as `(\"name\", type)`" });
  }
  if (!pairs) problems.push({ node: e, message: "the fields of a `NamedTuple(...)` must be a list of `(\"name\", type)` pairs written out here" });
  return fields;
}

function declaredField(fieldName: string, node: py.NodeBase, annotation: py.Expr | null): DeclaredField {
  const field: DataclassField = { name: fieldName, repr: true, compare: true, node };
  return { field, annotation, default: null };
}

/** `defaults=(1, 2)`: the last fields' defaults. */
function applyDefaults(fields: DeclaredField[], e: py.Expr, problems: DataclassProblem[]): void {
  if (e.kind === "Constant" && e.value === null) return;
  if (e.kind !== "List" && e.kind !== "Tuple") {
    problems.push({ node: e, message: "the `defaults=` of a named tuple must be a list or tuple written out here" });
    return;
  }
  if (e.elts.length > fields.length) {
    problems.push({ node: e, message: "TypeError: Got more default values than field names" });
    return;
  }
  const first = fields.length - e.elts.length;
  e.elts.forEach((value, i) => (fields[first + i] = { ...fields[first + i]!, default: value }));
}

/** collections.namedtuple's checks of the field names, with its messages. */
function checkFieldNames(fields: readonly DeclaredField[], problems: DataclassProblem[]): void {
  const seen = new Set<string>();
  for (const { field } of fields) {
    const n = field.name;
    if (!/^[\p{L}_][\p{L}\p{N}_]*$/u.test(n)) problems.push({ node: field.node, message: `ValueError: Type names and field names must be valid identifiers: '${n}'` });
    else if (pythonKeywords.has(n)) problems.push({ node: field.node, message: `ValueError: Type names and field names cannot be a keyword: '${n}'` });
    else if (n.startsWith("_")) problems.push({ node: field.node, message: `ValueError: Field names cannot start with an underscore: '${n}'` });
    else if (seen.has(n)) problems.push({ node: field.node, message: `ValueError: Encountered duplicate field name: '${n}'` });
    seen.add(n);
  }
}

const pythonKeywords = new Set(
  "False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield".split(" "),
);

/** The tuple's members, in Python: `_fields`, `__getitem__`, `__len__`, `__iter__`, `_asdict`. */
function tupleMembers(fields: readonly string[], at: py.NodeBase): py.Stmt[] {
  const self = () => name("self", at);
  const fieldOf = (f: string) => attribute(self(), f, at);
  const constant = (value: py.Constant["value"]): py.Constant => ({ kind: "Constant", value, constKind: null, start: at.start, end: at.end });
  const str = (value: string) => constant(value);
  const tuple = (elts: py.Expr[]): py.ListExpr => ({ kind: "Tuple", elts, ctx: "Load", start: at.start, end: at.end });
  const ret = (value: py.Expr): py.Return => ({ kind: "Return", value, start: at.start, end: at.end });
  // The index is annotated `int`: TypeScript needs a number where no call says what it is.
  const annotationOf = (param: string) => (param === "index" ? name("int", at) : null);
  const method = (methodName: string, params: string[], body: py.Stmt[]): py.FunctionDef => ({
    kind: "FunctionDef",
    name: methodName,
    args: { kind: "arguments", posonlyargs: [], args: params.map((p) => ({ kind: "arg", arg: p, annotation: annotationOf(p), type_comment: null, start: at.start, end: at.end })), vararg: null, kwonlyargs: [], kw_defaults: [], kwarg: null, defaults: [] },
    body,
    decorator_list: [],
    returns: null,
    type_comment: null,
    start: at.start,
    end: at.end,
  });
  const fieldsTuple = () => tuple(fields.map(fieldOf));
  const index: py.Subscript = { kind: "Subscript", value: fieldsTuple(), slice: name("index", at), ctx: "Load", start: at.start, end: at.end };
  const yields = fields.map((f): py.ExprStmt => ({ kind: "Expr", value: { kind: "Yield", value: fieldOf(f), start: at.start, end: at.end }, start: at.start, end: at.end }));
  const asDict: py.Dict = { kind: "Dict", keys: fields.map(str), values: fields.map(fieldOf), start: at.start, end: at.end };
  return [
    { kind: "Assign", targets: [{ ...name("_fields", at), ctx: "Store" }], value: tuple(fields.map(str)), type_comment: null, start: at.start, end: at.end },
    method("__getitem__", ["self", "index"], [ret(index)]),
    method("__len__", ["self"], [ret(constant(BigInt(fields.length)))]),
    method("__iter__", ["self"], yields),
    method("_asdict", ["self"], [ret(asDict)]),
  ];
}
