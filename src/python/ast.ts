/**
 * A typed Python 3.11 AST with CPython's node names and field names (see Python's `ast` module),
 * so that `ast.dump` can be compared field by field. Every node carries `start`/`end` offsets
 * (UTF-16 code units) into the parsed text instead of CPython's lineno/col_offset.
 *
 * Constants: `int` is a bigint (Python ints are unbounded), `float` is a number, so the two stay
 * apart even for `1` and `1.0`.
 */

export interface NodeBase {
  readonly start: number;
  readonly end: number;
}

export interface Comment extends NodeBase {
  readonly kind: "Comment";
  /** The comment text including the leading `#`. */
  readonly text: string;
}

export interface Module extends NodeBase {
  readonly kind: "Module";
  readonly body: readonly Stmt[];
  readonly type_ignores: readonly TypeIgnore[];
  /** All comments of the file, in source order. */
  readonly comments: readonly Comment[];
}

export interface TypeIgnore {
  readonly kind: "TypeIgnore";
  readonly lineno: number;
  readonly tag: string;
}

// ---------------------------------------------------------------------------------------------
// Statements

export interface FunctionDef extends NodeBase {
  readonly kind: "FunctionDef" | "AsyncFunctionDef";
  readonly name: string;
  readonly args: Arguments;
  readonly body: readonly Stmt[];
  readonly decorator_list: readonly Expr[];
  readonly returns: Expr | null;
  readonly type_comment: string | null;
}
export interface ClassDef extends NodeBase {
  readonly kind: "ClassDef";
  readonly name: string;
  readonly bases: readonly Expr[];
  readonly keywords: readonly Keyword[];
  readonly body: readonly Stmt[];
  readonly decorator_list: readonly Expr[];
}
export interface Return extends NodeBase { readonly kind: "Return"; readonly value: Expr | null }
export interface Delete extends NodeBase { readonly kind: "Delete"; readonly targets: readonly Expr[] }
export interface Assign extends NodeBase {
  readonly kind: "Assign";
  readonly targets: readonly Expr[];
  readonly value: Expr;
  readonly type_comment: string | null;
}
export interface AugAssign extends NodeBase {
  readonly kind: "AugAssign";
  readonly target: Expr;
  readonly op: Operator;
  readonly value: Expr;
}
export interface AnnAssign extends NodeBase {
  readonly kind: "AnnAssign";
  readonly target: Expr;
  readonly annotation: Expr;
  readonly value: Expr | null;
  /** 1 when the target is a plain name not in parentheses. */
  readonly simple: 0 | 1;
}
export interface For extends NodeBase {
  readonly kind: "For" | "AsyncFor";
  readonly target: Expr;
  readonly iter: Expr;
  readonly body: readonly Stmt[];
  readonly orelse: readonly Stmt[];
  readonly type_comment: string | null;
}
export interface While extends NodeBase {
  readonly kind: "While";
  readonly test: Expr;
  readonly body: readonly Stmt[];
  readonly orelse: readonly Stmt[];
}
export interface If extends NodeBase {
  readonly kind: "If";
  readonly test: Expr;
  readonly body: readonly Stmt[];
  readonly orelse: readonly Stmt[];
}
export interface With extends NodeBase {
  readonly kind: "With" | "AsyncWith";
  readonly items: readonly WithItem[];
  readonly body: readonly Stmt[];
  readonly type_comment: string | null;
}
export interface Match extends NodeBase {
  readonly kind: "Match";
  readonly subject: Expr;
  readonly cases: readonly MatchCase[];
}
export interface Raise extends NodeBase { readonly kind: "Raise"; readonly exc: Expr | null; readonly cause: Expr | null }
export interface Try extends NodeBase {
  readonly kind: "Try" | "TryStar";
  readonly body: readonly Stmt[];
  readonly handlers: readonly ExceptHandler[];
  readonly orelse: readonly Stmt[];
  readonly finalbody: readonly Stmt[];
}
export interface Assert extends NodeBase { readonly kind: "Assert"; readonly test: Expr; readonly msg: Expr | null }
export interface Import extends NodeBase { readonly kind: "Import"; readonly names: readonly Alias[] }
export interface ImportFrom extends NodeBase {
  readonly kind: "ImportFrom";
  readonly module: string | null;
  readonly names: readonly Alias[];
  readonly level: number;
}
export interface Global extends NodeBase { readonly kind: "Global" | "Nonlocal"; readonly names: readonly string[] }
export interface ExprStmt extends NodeBase { readonly kind: "Expr"; readonly value: Expr }
export interface Pass extends NodeBase { readonly kind: "Pass" | "Break" | "Continue" }

export type Stmt =
  | FunctionDef | ClassDef | Return | Delete | Assign | AugAssign | AnnAssign | For | While | If | With
  | Match | Raise | Try | Assert | Import | ImportFrom | Global | ExprStmt | Pass;

// ---------------------------------------------------------------------------------------------
// Expressions

export type ExprContext = "Load" | "Store" | "Del";
export type BoolOperator = "And" | "Or";
export type Operator =
  | "Add" | "Sub" | "Mult" | "MatMult" | "Div" | "Mod" | "Pow" | "LShift" | "RShift"
  | "BitOr" | "BitXor" | "BitAnd" | "FloorDiv";
export type UnaryOperator = "Invert" | "Not" | "UAdd" | "USub";
export type CmpOperator = "Eq" | "NotEq" | "Lt" | "LtE" | "Gt" | "GtE" | "Is" | "IsNot" | "In" | "NotIn";

export interface BoolOp extends NodeBase { readonly kind: "BoolOp"; readonly op: BoolOperator; readonly values: readonly Expr[] }
export interface NamedExpr extends NodeBase { readonly kind: "NamedExpr"; readonly target: Name; readonly value: Expr }
export interface BinOp extends NodeBase { readonly kind: "BinOp"; readonly left: Expr; readonly op: Operator; readonly right: Expr }
export interface UnaryOp extends NodeBase { readonly kind: "UnaryOp"; readonly op: UnaryOperator; readonly operand: Expr }
export interface Lambda extends NodeBase { readonly kind: "Lambda"; readonly args: Arguments; readonly body: Expr }
export interface IfExp extends NodeBase { readonly kind: "IfExp"; readonly test: Expr; readonly body: Expr; readonly orelse: Expr }
export interface Dict extends NodeBase {
  readonly kind: "Dict";
  /** `null` stands for a `**mapping` entry, whose mapping is the value at the same index. */
  readonly keys: readonly (Expr | null)[];
  readonly values: readonly Expr[];
}
export interface SetExpr extends NodeBase { readonly kind: "Set"; readonly elts: readonly Expr[] }
export interface Comprehension {
  readonly kind: "comprehension";
  readonly target: Expr;
  readonly iter: Expr;
  readonly ifs: readonly Expr[];
  readonly is_async: 0 | 1;
}
export interface ListComp extends NodeBase {
  readonly kind: "ListComp" | "SetComp" | "GeneratorExp";
  readonly elt: Expr;
  readonly generators: readonly Comprehension[];
}
export interface DictComp extends NodeBase {
  readonly kind: "DictComp";
  readonly key: Expr;
  readonly value: Expr;
  readonly generators: readonly Comprehension[];
}
export interface Await extends NodeBase { readonly kind: "Await"; readonly value: Expr }
export interface Yield extends NodeBase { readonly kind: "Yield"; readonly value: Expr | null }
export interface YieldFrom extends NodeBase { readonly kind: "YieldFrom"; readonly value: Expr }
export interface Compare extends NodeBase {
  readonly kind: "Compare";
  readonly left: Expr;
  readonly ops: readonly CmpOperator[];
  readonly comparators: readonly Expr[];
}
export interface Call extends NodeBase {
  readonly kind: "Call";
  readonly func: Expr;
  readonly args: readonly Expr[];
  readonly keywords: readonly Keyword[];
}
export interface FormattedValue extends NodeBase {
  readonly kind: "FormattedValue";
  readonly value: Expr;
  /** -1 none, 115 `!s`, 114 `!r`, 97 `!a` (CPython's encoding). */
  readonly conversion: number;
  readonly format_spec: JoinedStr | null;
}
export interface JoinedStr extends NodeBase { readonly kind: "JoinedStr"; readonly values: readonly Expr[] }

export interface PyComplex { readonly type: "complex"; readonly real: number; readonly imag: number }
export interface PyBytes { readonly type: "bytes"; readonly bytes: readonly number[] }
export interface PyEllipsis { readonly type: "ellipsis" }
/** int -> bigint, float -> number, str -> string, None -> null. */
export type ConstantValue = null | boolean | bigint | number | string | PyComplex | PyBytes | PyEllipsis;

export interface Constant extends NodeBase {
  readonly kind: "Constant";
  readonly value: ConstantValue;
  /** "u" for u-prefixed strings, else null (as CPython). */
  readonly constKind: "u" | null;
}
export interface Attribute extends NodeBase { readonly kind: "Attribute"; readonly value: Expr; readonly attr: string; readonly ctx: ExprContext }
export interface Subscript extends NodeBase { readonly kind: "Subscript"; readonly value: Expr; readonly slice: Expr; readonly ctx: ExprContext }
export interface Starred extends NodeBase { readonly kind: "Starred"; readonly value: Expr; readonly ctx: ExprContext }
export interface Name extends NodeBase { readonly kind: "Name"; readonly id: string; readonly ctx: ExprContext }
export interface ListExpr extends NodeBase { readonly kind: "List" | "Tuple"; readonly elts: readonly Expr[]; readonly ctx: ExprContext }
export interface Slice extends NodeBase {
  readonly kind: "Slice";
  readonly lower: Expr | null;
  readonly upper: Expr | null;
  readonly step: Expr | null;
}

export type Expr =
  | BoolOp | NamedExpr | BinOp | UnaryOp | Lambda | IfExp | Dict | SetExpr | ListComp | DictComp
  | Await | Yield | YieldFrom | Compare | Call | FormattedValue | JoinedStr | Constant | Attribute
  | Subscript | Starred | Name | ListExpr | Slice;

// ---------------------------------------------------------------------------------------------
// Helper nodes

export interface ExceptHandler extends NodeBase {
  readonly kind: "ExceptHandler";
  readonly type: Expr | null;
  readonly name: string | null;
  readonly body: readonly Stmt[];
}
export interface Arguments {
  readonly kind: "arguments";
  readonly posonlyargs: readonly Arg[];
  readonly args: readonly Arg[];
  readonly vararg: Arg | null;
  readonly kwonlyargs: readonly Arg[];
  /** One per kwonlyarg; `null` where it has no default. */
  readonly kw_defaults: readonly (Expr | null)[];
  readonly kwarg: Arg | null;
  /** Defaults of the last positional (posonly + args) parameters. */
  readonly defaults: readonly Expr[];
}
export interface Arg extends NodeBase {
  readonly kind: "arg";
  readonly arg: string;
  readonly annotation: Expr | null;
  readonly type_comment: string | null;
}
export interface Keyword extends NodeBase {
  readonly kind: "keyword";
  /** `null` for `**mapping`. */
  readonly arg: string | null;
  readonly value: Expr;
}
export interface Alias extends NodeBase { readonly kind: "alias"; readonly name: string; readonly asname: string | null }
export interface WithItem {
  readonly kind: "withitem";
  readonly context_expr: Expr;
  readonly optional_vars: Expr | null;
}
export interface MatchCase {
  readonly kind: "match_case";
  readonly pattern: Pattern;
  readonly guard: Expr | null;
  readonly body: readonly Stmt[];
}

// ---------------------------------------------------------------------------------------------
// Patterns (match statements)

export interface MatchValue extends NodeBase { readonly kind: "MatchValue"; readonly value: Expr }
export interface MatchSingleton extends NodeBase { readonly kind: "MatchSingleton"; readonly value: null | boolean }
export interface MatchSequence extends NodeBase { readonly kind: "MatchSequence"; readonly patterns: readonly Pattern[] }
export interface MatchMapping extends NodeBase {
  readonly kind: "MatchMapping";
  readonly keys: readonly Expr[];
  readonly patterns: readonly Pattern[];
  readonly rest: string | null;
}
export interface MatchClass extends NodeBase {
  readonly kind: "MatchClass";
  readonly cls: Expr;
  readonly patterns: readonly Pattern[];
  readonly kwd_attrs: readonly string[];
  readonly kwd_patterns: readonly Pattern[];
}
export interface MatchStar extends NodeBase { readonly kind: "MatchStar"; readonly name: string | null }
export interface MatchAs extends NodeBase { readonly kind: "MatchAs"; readonly pattern: Pattern | null; readonly name: string | null }
export interface MatchOr extends NodeBase { readonly kind: "MatchOr"; readonly patterns: readonly Pattern[] }

export type Pattern =
  | MatchValue | MatchSingleton | MatchSequence | MatchMapping | MatchClass | MatchStar | MatchAs | MatchOr;

export type Node =
  | Module | Stmt | Expr | ExceptHandler | Arguments | Arg | Keyword | Alias | WithItem | MatchCase
  | Comprehension | Pattern | Comment;
