/**
 * The TypeScript IR the translator builds and the printer prints, as TypeScript or as JavaScript.
 * Readonly nodes discriminated by `kind`; `span` points back at the Python source that produced a
 * node (the printer turns it into the source map the webview uses to link the two sides).
 */
import type { Span } from "../core/diagnostics";

interface IrBase {
  readonly span?: Span;
  /**
   * What the printer ignores and the plain-TypeScript view (src/plain) reads: a coroutine kept lazy as a
   * function (`() => f(x)`, or `main` for `main()`), which plain TypeScript starts at once as a promise; and
   * the call that starts such a stored coroutine (`c()`), which is `c` itself there.
   */
  readonly coroutine?: "deferred" | "started";
}

// ---------------------------------------------------------------------------------------------
// Types (dropped entirely when printing JavaScript)

export type TypeNode =
  | { readonly kind: "TypeKeyword"; readonly name: "number" | "string" | "boolean" | "null" | "void" | "unknown" | "never" | "undefined" }
  | { readonly kind: "TypeRef"; readonly name: string; readonly args: readonly TypeNode[] }
  | { readonly kind: "ArrayType"; readonly element: TypeNode; readonly readonly?: boolean }
  | { readonly kind: "TupleType"; readonly elements: readonly TypeNode[]; readonly rest?: TypeNode }
  | { readonly kind: "UnionType"; readonly types: readonly TypeNode[] }
  | { readonly kind: "FunctionType"; readonly params: readonly Param[]; readonly returns: TypeNode };

// ---------------------------------------------------------------------------------------------
// Expressions

export type BinaryOperator =
  | "+" | "-" | "*" | "/" | "%" | "**" | "<<" | ">>" | ">>>" | "&" | "|" | "^"
  | "===" | "!==" | "==" | "!=" | "<" | "<=" | ">" | ">=" | "&&" | "||" | "??" | "instanceof" | "in";
export type UnaryOperator = "!" | "-" | "+" | "~" | "typeof" | "void";
export type AssignOperator = "=" | "+=" | "-=" | "*=" | "/=" | "%=" | "**=" | "<<=" | ">>=" | "&=" | "|=" | "^=" | "&&=" | "||=" | "??=";

export interface Ident extends IrBase { readonly kind: "Ident"; readonly name: string }
export interface NumberLit extends IrBase { readonly kind: "NumberLit"; readonly text: string }
export interface StringLit extends IrBase { readonly kind: "StringLit"; readonly value: string }
export interface TemplateLit extends IrBase {
  readonly kind: "TemplateLit";
  /** quasis.length === exprs.length + 1 */
  readonly quasis: readonly string[];
  readonly exprs: readonly Expr[];
}
export interface Literal extends IrBase { readonly kind: "BoolLit"; readonly value: boolean }
export interface NullLit extends IrBase { readonly kind: "NullLit" | "UndefinedLit" | "This" | "Super" }
export interface ArrayLit extends IrBase { readonly kind: "ArrayLit"; readonly elements: readonly Expr[] }
export interface ObjectLit extends IrBase {
  readonly kind: "ObjectLit";
  readonly props: readonly ({ readonly key: string; readonly value: Expr } | Spread)[];
}
export interface Arrow extends IrBase {
  readonly kind: "Arrow";
  readonly params: readonly Param[];
  readonly returns?: TypeNode;
  readonly body: Expr | readonly Stmt[];
  readonly async?: boolean;
  /** A generator: printed as a function expression, `async function* (...) { ... }` (arrows cannot yield). */
  readonly generator?: boolean;
}
export interface CallExpr extends IrBase {
  readonly kind: "Call" | "New";
  readonly callee: Expr;
  readonly args: readonly Expr[];
  readonly typeArgs?: readonly TypeNode[];
}
export interface Member extends IrBase { readonly kind: "Member"; readonly object: Expr; readonly property: string; readonly optional?: boolean }
export interface Index extends IrBase { readonly kind: "Index"; readonly object: Expr; readonly index: Expr }
export interface Binary extends IrBase { readonly kind: "Binary"; readonly op: BinaryOperator; readonly left: Expr; readonly right: Expr }
export interface Unary extends IrBase { readonly kind: "Unary"; readonly op: UnaryOperator; readonly operand: Expr }
export interface Update extends IrBase { readonly kind: "Update"; readonly op: "++" | "--"; readonly operand: Expr; readonly prefix: boolean }
export interface AwaitExpr extends IrBase { readonly kind: "Await"; readonly operand: Expr }
export interface Conditional extends IrBase { readonly kind: "Conditional"; readonly test: Expr; readonly then: Expr; readonly otherwise: Expr }
export interface Assign extends IrBase { readonly kind: "Assign"; readonly op: AssignOperator; readonly target: Expr | Pattern; readonly value: Expr }
export interface Spread extends IrBase { readonly kind: "Spread"; readonly operand: Expr }
export interface AsExpr extends IrBase { readonly kind: "As"; readonly operand: Expr; readonly type: TypeNode }
export interface NonNull extends IrBase { readonly kind: "NonNull"; readonly operand: Expr }
export interface YieldExpr extends IrBase { readonly kind: "Yield"; readonly operand?: Expr; readonly delegate?: boolean }
/** A comma-free way to run statements in expression position: `(() => { ... })()`. */
export interface Sequence extends IrBase { readonly kind: "Sequence"; readonly exprs: readonly Expr[] }

export type Expr =
  | Ident | NumberLit | StringLit | TemplateLit | Literal | NullLit | ArrayLit | ObjectLit | Arrow | CallExpr
  | Member | Index | Binary | Unary | Update | AwaitExpr | Conditional | Assign | Spread | AsExpr | NonNull | Sequence | YieldExpr;

// ---------------------------------------------------------------------------------------------
// Binding patterns (destructuring)

export interface ArrayPattern extends IrBase {
  readonly kind: "ArrayPattern";
  /** `null` is a hole (`[, b]`). */
  readonly elements: readonly (Pattern | Expr | null)[];
  readonly rest?: Pattern | Expr;
}
export type Pattern = Ident | ArrayPattern;

export interface Param extends IrBase {
  readonly name: string | ArrayPattern;
  readonly type?: TypeNode;
  readonly init?: Expr;
  readonly rest?: boolean;
  readonly optional?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Statements

interface StmtBase extends IrBase {
  /** Comment lines printed above the statement (text without the `//`). */
  readonly comments?: readonly string[];
  /** A comment printed at the end of the statement's line. */
  readonly trailingComment?: string;
  /** Part of the declaration next to it (no blank line between them): a default hoisted before a function, a class's prototype attributes after it. */
  readonly attached?: "next" | "previous";
}

export interface VarDecl extends StmtBase {
  readonly kind: "VarDecl";
  readonly declKind: "const" | "let";
  readonly target: Pattern;
  readonly type?: TypeNode;
  readonly init?: Expr;
  /** `let x!: T`: assigned on every path Python takes, which TypeScript cannot always prove. */
  readonly definite?: boolean;
}
export interface FunctionDecl extends StmtBase {
  readonly kind: "FunctionDecl";
  readonly name: string;
  readonly params: readonly Param[];
  readonly returns?: TypeNode;
  readonly body: readonly Stmt[];
  readonly async?: boolean;
  readonly generator?: boolean;
  /** Printed as `name = function (...) {...};`: a definition that rebinds a variable declared elsewhere. */
  readonly assigned?: boolean;
}
export interface ClassField extends IrBase {
  readonly kind: "Field";
  readonly name: string;
  /** `name!: T`: assigned outside the constructor, which TypeScript cannot see. */
  readonly definite?: boolean;
  /** `declare name: T`: typed for TypeScript but never defined on the instance (the prototype holds it). */
  readonly declare?: boolean;
  /** `readonly name`: never assigned again (an enum's members). */
  readonly readonly?: boolean;
  readonly type?: TypeNode;
  readonly init?: Expr;
  readonly static?: boolean;
  readonly comments?: readonly string[];
}
export interface ClassMethod extends IrBase {
  readonly kind: "Method";
  readonly name: string;
  readonly params: readonly Param[];
  readonly returns?: TypeNode;
  readonly body: readonly Stmt[];
  readonly async?: boolean;
  /** A method with `yield`: printed `*name()` (`async *name()`). */
  readonly generator?: boolean;
  readonly static?: boolean;
  readonly override?: boolean;
  /** A getter or setter (`get name()`, `set name(v)`): Python's `@property` and `@name.setter`. */
  readonly accessor?: "get" | "set";
  readonly comments?: readonly string[];
}
export interface ClassDecl extends StmtBase {
  readonly kind: "ClassDecl";
  readonly name: string;
  readonly extends?: Expr;
  readonly members: readonly (ClassField | ClassMethod)[];
}
export interface ExprStmt extends StmtBase { readonly kind: "ExprStmt"; readonly expr: Expr }
export interface Return extends StmtBase { readonly kind: "Return"; readonly value?: Expr }
export interface IfStmt extends StmtBase {
  readonly kind: "If";
  readonly test: Expr;
  readonly then: readonly Stmt[];
  readonly otherwise?: readonly Stmt[];
}
export interface ForStmt extends StmtBase {
  readonly kind: "For";
  readonly init?: VarDecl | Expr;
  readonly test?: Expr;
  readonly update?: Expr;
  readonly body: readonly Stmt[];
}
export interface ForOf extends StmtBase {
  readonly kind: "ForOf";
  readonly declKind: "const" | "let" | null;
  readonly target: Pattern | Expr;
  readonly iterable: Expr;
  readonly body: readonly Stmt[];
  readonly await?: boolean;
}
export interface WhileStmt extends StmtBase { readonly kind: "While"; readonly test: Expr; readonly body: readonly Stmt[] }
export interface Jump extends StmtBase { readonly kind: "Break" | "Continue"; readonly label?: string }
export interface Labeled extends StmtBase { readonly kind: "Labeled"; readonly label: string; readonly body: Stmt }
export interface Throw extends StmtBase { readonly kind: "Throw"; readonly value: Expr }
export interface TryStmt extends StmtBase {
  readonly kind: "Try";
  readonly block: readonly Stmt[];
  readonly catchParam?: string;
  readonly catchBody?: readonly Stmt[];
  readonly finallyBody?: readonly Stmt[];
}
export interface Block extends StmtBase { readonly kind: "Block"; readonly body: readonly Stmt[] }
/** A statement that is only comments (or an empty line when `comments` is empty). */
export interface CommentStmt extends StmtBase { readonly kind: "Comment" }

export type Stmt =
  | VarDecl | FunctionDecl | ClassDecl | ExprStmt | Return | IfStmt | ForStmt | ForOf | WhileStmt | Jump
  | Labeled | Throw | TryStmt | Block | CommentStmt;

export interface Program {
  readonly body: readonly Stmt[];
}
