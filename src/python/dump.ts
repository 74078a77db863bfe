/**
 * `dumpModule` prints our AST exactly as CPython 3.11's `ast.dump(tree, indent=1)` prints its own
 * (include_attributes=False): same field order, optional fields left out when None, operators
 * and contexts as `Add()`/`Load()`, constants through Python's repr. Comparing the two texts
 * validates the converter against CPython (scripts/compare-stdlib-ast.ts, test/unit/pythonAst).
 */
import type { ConstantValue, Module } from "./ast";
import { reprConstant, reprStr } from "./pyRepr";

/**
 * Field kinds: `n` node, `l` list, `o` operator or context (a bare string in our AST), `O` list
 * of operators, `s` identifier string, `i` int, `c` constant value; a trailing `?` marks an
 * optional field (`?` in CPython's ASDL), which ast.dump omits when it is None.
 */
const fieldSpecs: Readonly<Record<string, string>> = {
  Module: "body:l type_ignores:l",
  FunctionDef: "name:s args:n body:l decorator_list:l returns:n? type_comment:s?",
  ClassDef: "name:s bases:l keywords:l body:l decorator_list:l",
  Return: "value:n?",
  Delete: "targets:l",
  Assign: "targets:l value:n type_comment:s?",
  AugAssign: "target:n op:o value:n",
  AnnAssign: "target:n annotation:n value:n? simple:i",
  For: "target:n iter:n body:l orelse:l type_comment:s?",
  While: "test:n body:l orelse:l",
  If: "test:n body:l orelse:l",
  With: "items:l body:l type_comment:s?",
  Match: "subject:n cases:l",
  Raise: "exc:n? cause:n?",
  Try: "body:l handlers:l orelse:l finalbody:l",
  Assert: "test:n msg:n?",
  Import: "names:l",
  ImportFrom: "module:s? names:l level:i?",
  Global: "names:l",
  Expr: "value:n",
  Pass: "",
  BoolOp: "op:o values:l",
  NamedExpr: "target:n value:n",
  BinOp: "left:n op:o right:n",
  UnaryOp: "op:o operand:n",
  Lambda: "args:n body:n",
  IfExp: "test:n body:n orelse:n",
  Dict: "keys:l values:l",
  Set: "elts:l",
  ListComp: "elt:n generators:l",
  DictComp: "key:n value:n generators:l",
  Await: "value:n",
  Yield: "value:n?",
  YieldFrom: "value:n",
  Compare: "left:n ops:O comparators:l",
  Call: "func:n args:l keywords:l",
  FormattedValue: "value:n conversion:i format_spec:n?",
  JoinedStr: "values:l",
  Constant: "value:c constKind:s?",
  Attribute: "value:n attr:s ctx:o",
  Subscript: "value:n slice:n ctx:o",
  Starred: "value:n ctx:o",
  Name: "id:s ctx:o",
  List: "elts:l ctx:o",
  Slice: "lower:n? upper:n? step:n?",
  comprehension: "target:n iter:n ifs:l is_async:i",
  ExceptHandler: "type:n? name:s? body:l",
  arguments: "posonlyargs:l args:l vararg:n? kwonlyargs:l kw_defaults:l kwarg:n? defaults:l",
  arg: "arg:s annotation:n? type_comment:s?",
  keyword: "arg:s? value:n",
  alias: "name:s asname:s?",
  withitem: "context_expr:n optional_vars:n?",
  match_case: "pattern:n guard:n? body:l",
  MatchValue: "value:n",
  MatchSingleton: "value:c",
  MatchSequence: "patterns:l",
  MatchMapping: "keys:l patterns:l rest:s?",
  MatchClass: "cls:n patterns:l kwd_attrs:l kwd_patterns:l",
  MatchStar: "name:s?",
  MatchAs: "pattern:n? name:s?",
  MatchOr: "patterns:l",
  TypeIgnore: "lineno:i tag:s",
};

/** Kinds that share a shape with another (`AsyncFor` is printed like `For`). */
const sameShape: Readonly<Record<string, string>> = {
  AsyncFunctionDef: "FunctionDef", AsyncFor: "For", AsyncWith: "With", TryStar: "Try", Nonlocal: "Global",
  Break: "Pass", Continue: "Pass", SetComp: "ListComp", GeneratorExp: "ListComp", Tuple: "List",
};

interface FieldSpec {
  readonly name: string;
  readonly type: string;
  readonly optional: boolean;
}

const parsedSpecs = new Map<string, FieldSpec[]>();

function specFor(kind: string): FieldSpec[] {
  const cached = parsedSpecs.get(kind);
  if (cached) return cached;
  const text = fieldSpecs[sameShape[kind] ?? kind];
  if (text === undefined) throw new Error(`dump: unknown node kind ${kind}`);
  const specs = text.split(" ").filter(Boolean).map((f) => {
    const [name, type] = f.split(":") as [string, string];
    return { name, type: type.replace("?", ""), optional: type.endsWith("?") };
  });
  parsedSpecs.set(kind, specs);
  return specs;
}

/** Our field names where they differ from CPython's (`Constant.kind` is `constKind` here). */
function pythonName(name: string): string {
  return name === "constKind" ? "kind" : name;
}

type Formatted = [text: string, simple: boolean];

export function dumpModule(module: Module): string {
  return formatNode(module as unknown as Record<string, unknown>, 0)[0];
}

function formatNode(node: Record<string, unknown>, level: number): Formatted {
  const kind = String(node["kind"]);
  const inner = level + 1;
  const args: string[] = [];
  let allSimple = true;
  for (const spec of specFor(kind)) {
    const value = node[spec.name];
    if (spec.optional && (value === null || value === undefined)) continue;
    const [text, simple] = formatField(value, spec.type, inner);
    allSimple &&= simple;
    args.push(`${pythonName(spec.name)}=${text}`);
  }
  if (allSimple && args.length <= 3) return [`${kind}(${args.join(", ")})`, args.length === 0];
  const indent = " ".repeat(inner);
  return [`${kind}(\n${indent}${args.join(`,\n${indent}`)})`, false];
}

function formatField(value: unknown, type: string, level: number): Formatted {
  switch (type) {
    case "o": return [`${String(value)}()`, true];
    case "s": return [value === null ? "None" : reprStr(String(value)), true];
    case "i": return [String(value), true];
    case "c": return [reprConstant(value as ConstantValue), true];
    case "O": return formatList((value as unknown[]).map((op) => `${String(op)}()`), level + 1);
    case "l": return formatList((value as unknown[]).map((item) => formatItem(item, level + 1)), level + 1);
    default: return value === null ? ["None", true] : formatNode(value as Record<string, unknown>, level);
  }
}

/** List items are nodes, identifiers (`Global.names`), or None (`Dict.keys`, `kw_defaults`). */
function formatItem(item: unknown, level: number): string {
  if (item === null) return "None";
  if (typeof item === "string") return reprStr(item);
  return formatNode(item as Record<string, unknown>, level)[0];
}

/** A list's items sit one level deeper than the field that holds the list, as in ast.dump. */
function formatList(items: readonly string[], level: number): Formatted {
  if (items.length === 0) return ["[]", true];
  const indent = " ".repeat(level);
  return [`[\n${indent}${items.join(`,\n${indent}`)}]`, false];
}
