/**
 * Prints the IR as TypeScript (for reading) or JavaScript (for running: the same code with every
 * type annotation dropped, so no TypeScript compiler is needed at run time).
 */
import type * as ir from "./ir";
import { Prec, binaryOperandNeedsParens, isMixedLogical, precedenceOf } from "./precedence";
import { Writer, type MappedSpan } from "./writer";

export type PrintMode = "ts" | "js";

export interface Printed {
  readonly text: string;
  readonly mappings: readonly MappedSpan[];
  /** Names used in type positions (`Coroutine<number>` gives `Coroutine`); empty in JavaScript mode. */
  readonly typeNames: ReadonlySet<string>;
  /** Identifiers read as values (declarations and property names are not among them). */
  readonly valueNames: ReadonlySet<string>;
}

export function printProgram(program: ir.Program, mode: PrintMode): Printed {
  const printer = new Printer(mode);
  printer.statements(program.body);
  return { text: printer.out.toString(), mappings: printer.out.mappings, typeNames: printer.typeNames, valueNames: printer.valueNames };
}

export function printExpression(expr: ir.Expr, mode: PrintMode = "ts"): string {
  const printer = new Printer(mode);
  printer.expr(expr);
  return printer.out.toString();
}

export function printType(type: ir.TypeNode): string {
  const printer = new Printer("ts");
  printer.type(type);
  return printer.out.toString();
}

class Printer {
  readonly out = new Writer();
  readonly typeNames = new Set<string>();
  readonly valueNames = new Set<string>();
  private readonly ts: boolean;

  constructor(mode: PrintMode) {
    this.ts = mode === "ts";
  }

  // ---------------------------------------------------------------------------------------------
  // Statements

  statements(stmts: readonly ir.Stmt[]): void {
    stmts.forEach((stmt, i) => {
      // Declarations stand apart from their neighbours by a blank line, as in most style guides.
      const previous = stmts[i - 1];
      const attached = stmt.attached === "previous" || previous?.attached === "next";
      const startsDeclaration = isDeclaration(stmt) || stmt.attached === "next";
      const endsDeclaration = previous !== undefined && (isDeclaration(previous) || previous.attached === "previous");
      if (previous && !attached && (startsDeclaration || endsDeclaration)) this.out.newline();
      this.statement(stmt);
    });
  }

  private block(stmts: readonly ir.Stmt[]): void {
    this.out.write("{");
    this.out.newline();
    this.out.indent();
    this.statements(stmts);
    this.out.dedent();
    this.out.write("}");
  }

  statement(stmt: ir.Stmt): void {
    for (const comment of stmt.comments ?? []) {
      this.out.write(comment === "" ? "//" : `// ${comment}`);
      this.out.newline();
    }
    if (stmt.kind === "Comment") {
      if (!stmt.comments || stmt.comments.length === 0) this.out.newline();
      return;
    }
    this.out.mapped(stmt.span, () => this.statementBody(stmt));
    if (stmt.trailingComment !== undefined) this.out.write(` // ${stmt.trailingComment}`);
    this.out.newline();
  }

  private statementBody(stmt: Exclude<ir.Stmt, ir.CommentStmt>): void {
    switch (stmt.kind) {
      case "VarDecl":
        this.varDecl(stmt);
        this.out.write(";");
        return;
      case "FunctionDecl":
        if (stmt.assigned) this.out.write(`${stmt.name} = ${stmt.async ? "async " : ""}function${stmt.generator ? "*" : ""} `);
        else this.out.write(`${stmt.async ? "async " : ""}function${stmt.generator ? "*" : ""} ${stmt.name}`);
        this.signature(stmt.params, stmt.returns);
        this.out.write(" ");
        this.block(stmt.body);
        if (stmt.assigned) this.out.write(";");
        return;
      case "ClassDecl":
        this.classDecl(stmt);
        return;
      case "ExprStmt":
        this.exprStatement(stmt.expr);
        return;
      case "Return":
        this.out.write("return");
        if (stmt.value) {
          this.out.write(" ");
          this.expr(stmt.value);
        }
        this.out.write(";");
        return;
      case "If":
        this.ifStmt(stmt);
        return;
      case "For":
        this.out.write("for (");
        if (stmt.init?.kind === "VarDecl") this.varDecl(stmt.init);
        else if (stmt.init) this.expr(stmt.init);
        this.out.write("; ");
        if (stmt.test) this.expr(stmt.test);
        this.out.write("; ");
        if (stmt.update) this.expr(stmt.update);
        this.out.write(") ");
        this.block(stmt.body);
        return;
      case "ForOf":
        this.out.write(stmt.await ? "for await (" : "for (");
        if (stmt.declKind) this.out.write(`${stmt.declKind} `);
        this.patternOrExpr(stmt.target);
        this.out.write(" of ");
        this.expr(stmt.iterable, Prec.Assign);
        this.out.write(") ");
        this.block(stmt.body);
        return;
      case "While":
        this.out.write("while (");
        this.expr(stmt.test);
        this.out.write(") ");
        this.block(stmt.body);
        return;
      case "Break":
      case "Continue":
        this.out.write(stmt.kind === "Break" ? "break" : "continue");
        if (stmt.label) this.out.write(` ${stmt.label}`);
        this.out.write(";");
        return;
      case "Labeled":
        this.out.write(`${stmt.label}: `);
        this.statementBody(stmt.body as Exclude<ir.Stmt, ir.CommentStmt>);
        return;
      case "Throw":
        this.out.write("throw ");
        this.expr(stmt.value);
        this.out.write(";");
        return;
      case "Try":
        this.out.write("try ");
        this.block(stmt.block);
        if (stmt.catchBody) {
          this.out.write(stmt.catchParam ? ` catch (${stmt.catchParam}${this.ts ? ": unknown" : ""}) ` : " catch ");
          this.block(stmt.catchBody);
        }
        if (stmt.finallyBody) {
          this.out.write(" finally ");
          this.block(stmt.finallyBody);
        }
        return;
      case "Block":
        this.block(stmt.body);
        return;
    }
  }

  private exprStatement(expr: ir.Expr): void {
    // An expression statement may not start with `{` or `function`.
    const wrap = expr.kind === "ObjectLit";
    if (wrap) this.out.write("(");
    this.expr(expr);
    if (wrap) this.out.write(")");
    this.out.write(";");
  }

  private varDecl(decl: ir.VarDecl): void {
    this.out.write(`${decl.declKind} `);
    this.pattern(decl.target);
    if (decl.definite && decl.type && this.ts) this.out.write("!");
    if (decl.type && this.ts) {
      this.out.write(": ");
      this.type(decl.type);
    }
    if (decl.init) {
      this.out.write(" = ");
      this.expr(decl.init, Prec.Assign);
    }
  }

  private ifStmt(stmt: ir.IfStmt): void {
    this.out.write("if (");
    this.expr(stmt.test);
    this.out.write(") ");
    const guard = guardJump(stmt);
    if (guard) {
      // A guard clause reads best on one line: `if (!(err instanceof KeyError)) throw err;`.
      this.out.mapped(guard.span, () => this.statementBody(guard));
      return;
    }
    this.block(stmt.then);
    const otherwise = stmt.otherwise;
    if (!otherwise || otherwise.length === 0) return;
    const only = otherwise[0]!;
    if (otherwise.length === 1 && only.kind === "If" && !only.comments?.length) {
      this.out.write(" else ");
      this.out.mapped(only.span, () => this.ifStmt(only));
      return;
    }
    this.out.write(" else ");
    this.block(otherwise);
  }

  private classDecl(stmt: ir.ClassDecl): void {
    this.out.write(`class ${stmt.name}`);
    if (stmt.extends) {
      this.out.write(" extends ");
      this.expr(stmt.extends, Prec.Call);
    }
    this.out.write(" {");
    this.out.newline();
    this.out.indent();
    for (const member of stmt.members) this.classMember(member);
    this.out.dedent();
    this.out.write("}");
  }

  private classMember(member: ir.ClassField | ir.ClassMethod): void {
    // In JavaScript a field without initialiser would still define the property (as undefined),
    // which is harmless; but it is noise, so it is left out.
    if (member.kind === "Field" && !this.ts && !member.init) return;
    for (const comment of member.comments ?? []) {
      this.out.write(`// ${comment}`);
      this.out.newline();
    }
    this.out.mapped(member.span, () => {
      if (member.static) this.out.write("static ");
      if (member.kind === "Field") {
        if (member.declare) this.out.write("declare ");
        if (member.readonly && this.ts) this.out.write("readonly ");
        this.out.write(member.name);
        if (member.definite && this.ts) this.out.write("!");
        if (member.type && this.ts) {
          this.out.write(": ");
          this.type(member.type);
        }
        if (member.init) {
          this.out.write(" = ");
          this.expr(member.init, Prec.Assign);
        }
        this.out.write(";");
        return;
      }
      if (member.override && this.ts) this.out.write("override ");
      if (member.async) this.out.write("async ");
      if (member.generator) this.out.write("*");
      if (member.accessor) this.out.write(`${member.accessor} `);
      this.out.write(member.name);
      // A setter may not declare a return type.
      this.signature(member.params, member.name === "constructor" || member.accessor === "set" ? undefined : member.returns);
      this.out.write(" ");
      this.block(member.body);
    });
    this.out.newline();
  }

  private signature(params: readonly ir.Param[], returns: ir.TypeNode | undefined): void {
    this.params(params);
    if (returns && this.ts) {
      this.out.write(": ");
      this.type(returns);
    }
  }

  private params(all: readonly ir.Param[]): void {
    // A `this` parameter only types `this` for TypeScript: JavaScript has no such parameter.
    const params = this.ts ? all : all.filter((p) => p.name !== "this");
    this.out.write("(");
    params.forEach((p, i) => {
      if (i > 0) this.out.write(", ");
      if (p.rest) this.out.write("...");
      if (typeof p.name === "string") this.out.write(p.name);
      else this.pattern(p.name);
      if (p.optional && this.ts) this.out.write("?");
      if (p.type && this.ts) {
        this.out.write(": ");
        this.type(p.type);
      }
      if (p.init) {
        this.out.write(" = ");
        this.expr(p.init, Prec.Assign);
      }
    });
    this.out.write(")");
  }

  private pattern(pattern: ir.Pattern): void {
    if (pattern.kind === "Ident") {
      this.out.mapped(pattern.span, () => this.out.write(pattern.name));
      return;
    }
    this.out.write("[");
    pattern.elements.forEach((el, i) => {
      if (i > 0) this.out.write(", ");
      if (el) this.patternOrExpr(el);
    });
    if (pattern.rest) {
      if (pattern.elements.length > 0) this.out.write(", ");
      this.out.write("...");
      this.patternOrExpr(pattern.rest);
    }
    this.out.write("]");
  }

  private patternOrExpr(target: ir.Pattern | ir.Expr): void {
    if (target.kind === "ArrayPattern") this.pattern(target);
    else this.expr(target, Prec.Call);
  }

  // ---------------------------------------------------------------------------------------------
  // Expressions

  /** Prints `expr`, in parentheses when its precedence is below `minPrec`. */
  expr(expr: ir.Expr, minPrec: Prec = Prec.Sequence): void {
    if (!this.ts && (expr.kind === "As" || expr.kind === "NonNull")) {
      this.expr(expr.operand, minPrec);
      return;
    }
    const parens = precedenceOf(expr) < minPrec;
    if (parens) this.out.write("(");
    this.out.mapped(expr.span, () => this.exprBody(expr));
    if (parens) this.out.write(")");
  }

  private exprBody(expr: ir.Expr): void {
    switch (expr.kind) {
      case "Ident":
        this.valueNames.add(expr.name);
        this.out.write(expr.name);
        return;
      case "NumberLit":
        this.out.write(expr.text);
        return;
      case "StringLit":
        this.out.write(quoteString(expr.value));
        return;
      case "TemplateLit":
        this.template(expr);
        return;
      case "BoolLit":
        this.out.write(expr.value ? "true" : "false");
        return;
      case "NullLit":
        this.out.write("null");
        return;
      case "UndefinedLit":
        this.out.write("undefined");
        return;
      case "This":
        this.out.write("this");
        return;
      case "Super":
        this.out.write("super");
        return;
      case "ArrayLit":
        this.list("[", expr.elements, "]");
        return;
      case "ObjectLit":
        this.objectLit(expr);
        return;
      case "Arrow":
        this.arrow(expr);
        return;
      case "Call":
      case "New":
        this.callExpr(expr);
        return;
      case "Member":
        this.memberObject(expr.object);
        this.out.write(expr.optional ? `?.${expr.property}` : `.${expr.property}`);
        return;
      case "Index":
        this.expr(expr.object, Prec.Call);
        this.out.write("[");
        this.expr(expr.index);
        this.out.write("]");
        return;
      case "Binary":
        this.binary(expr);
        return;
      case "Unary": {
        const word = expr.op === "typeof" || expr.op === "void";
        this.out.write(word ? `${expr.op} ` : expr.op);
        // `- -x` and `+ +x` must not fuse into `--x` / `++x`.
        const inner = expr.operand;
        if (!word && (inner.kind === "Unary" || inner.kind === "Update") && (inner.op === expr.op || inner.op[0] === expr.op)) this.out.write(" ");
        if (!word && inner.kind === "NumberLit" && inner.text.startsWith("-")) this.out.write(" ");
        this.expr(inner, Prec.Unary);
        return;
      }
      case "Update":
        if (expr.prefix) this.out.write(expr.op);
        this.expr(expr.operand, Prec.Postfix);
        if (!expr.prefix) this.out.write(expr.op);
        return;
      case "Await":
        this.out.write("await ");
        this.expr(expr.operand, Prec.Unary);
        return;
      case "Conditional":
        this.expr(expr.test, Prec.Coalesce);
        this.out.write(" ? ");
        this.expr(expr.then, Prec.Assign);
        this.out.write(" : ");
        this.expr(expr.otherwise, Prec.Assign);
        return;
      case "Assign":
        this.patternOrExpr(expr.target);
        this.out.write(` ${expr.op} `);
        this.expr(expr.value, Prec.Assign);
        return;
      case "Spread":
        this.out.write("...");
        this.expr(expr.operand, Prec.Assign);
        return;
      case "As":
        this.expr(expr.operand, Prec.Relational);
        this.out.write(" as ");
        this.type(expr.type);
        return;
      case "NonNull":
        this.expr(expr.operand, Prec.Call);
        this.out.write("!");
        return;
      case "Yield":
        this.out.write(expr.delegate ? "yield*" : "yield");
        if (expr.operand) {
          this.out.write(" ");
          this.expr(expr.operand, Prec.Assign);
        }
        return;
      case "Sequence":
        expr.exprs.forEach((e, i) => {
          if (i > 0) this.out.write(", ");
          this.expr(e, Prec.Assign);
        });
        return;
    }
  }

  private memberObject(object: ir.Expr): void {
    // `1.toFixed()` does not parse; `(1).toFixed()` does. A `new X` without arguments also needs them.
    if (object.kind === "NumberLit") {
      this.out.write("(");
      this.expr(object);
      this.out.write(")");
      return;
    }
    this.expr(object, Prec.Call);
  }

  private binary(expr: ir.Binary): void {
    const left = binaryOperandNeedsParens(expr.op, expr.left, "left") || isMixedLogical(expr.op, expr.left);
    const right = binaryOperandNeedsParens(expr.op, expr.right, "right") || isMixedLogical(expr.op, expr.right);
    this.parenthesized(left, expr.left);
    this.out.write(` ${expr.op} `);
    this.parenthesized(right, expr.right);
  }

  private parenthesized(parens: boolean, expr: ir.Expr): void {
    if (parens) this.out.write("(");
    this.expr(expr, parens ? Prec.Sequence : Prec.Assign);
    if (parens) this.out.write(")");
  }

  private callExpr(expr: ir.CallExpr): void {
    if (expr.kind === "New") this.out.write("new ");
    if (expr.callee.kind === "Arrow") {
      this.out.write("(");
      this.expr(expr.callee);
      this.out.write(")");
    } else {
      const callInNew = expr.kind === "New" && expr.callee.kind === "Call";
      if (callInNew) this.out.write("(");
      this.expr(expr.callee, Prec.Call);
      if (callInNew) this.out.write(")");
    }
    if (expr.typeArgs && expr.typeArgs.length > 0 && this.ts) {
      this.out.write("<");
      expr.typeArgs.forEach((t, i) => {
        if (i > 0) this.out.write(", ");
        this.type(t);
      });
      this.out.write(">");
    }
    this.list("(", expr.args, ")");
  }

  private list(open: string, items: readonly ir.Expr[], close: string): void {
    this.out.write(open);
    items.forEach((item, i) => {
      if (i > 0) this.out.write(", ");
      this.expr(item, Prec.Assign);
    });
    this.out.write(close);
  }

  private objectLit(expr: ir.ObjectLit): void {
    if (expr.props.length === 0) {
      this.out.write("{}");
      return;
    }
    this.out.write("{ ");
    expr.props.forEach((prop, i) => {
      if (i > 0) this.out.write(", ");
      if ("kind" in prop) {
        this.expr(prop, Prec.Assign);
        return;
      }
      const key = /^[A-Za-z_$][\w$]*$/.test(prop.key) ? prop.key : quoteString(prop.key);
      if (prop.value.kind === "Ident" && prop.value.name === prop.key) {
        this.valueNames.add(prop.key);
        this.out.write(key);
        return;
      }
      this.out.write(`${key}: `);
      this.expr(prop.value, Prec.Assign);
    });
    this.out.write(" }");
  }

  private arrow(expr: ir.Arrow): void {
    if (expr.generator) {
      this.out.write(expr.async ? "async function* " : "function* ");
      this.signature(expr.params, expr.returns);
      this.out.write(" ");
      this.block(Array.isArray(expr.body) ? (expr.body as readonly ir.Stmt[]) : [{ kind: "Return", value: expr.body as ir.Expr }]);
      return;
    }
    if (expr.async) this.out.write("async ");
    this.signature(expr.params, expr.returns);
    this.out.write(" => ");
    if (Array.isArray(expr.body)) {
      this.block(expr.body as readonly ir.Stmt[]);
      return;
    }
    const body = expr.body as ir.Expr;
    if (body.kind === "ObjectLit") {
      this.out.write("(");
      this.expr(body);
      this.out.write(")");
    } else {
      this.expr(body, Prec.Assign);
    }
  }

  private template(expr: ir.TemplateLit): void {
    this.out.write("`");
    expr.quasis.forEach((quasi, i) => {
      this.out.write(escapeTemplate(quasi));
      const inner = expr.exprs[i];
      if (inner) {
        this.out.write("${");
        this.expr(inner);
        this.out.write("}");
      }
    });
    this.out.write("`");
  }

  // ---------------------------------------------------------------------------------------------
  // Types

  type(type: ir.TypeNode, inArray = false): void {
    switch (type.kind) {
      case "TypeKeyword":
        this.out.write(type.name);
        return;
      case "TypeRef":
        this.typeNames.add(type.name.replace(/^typeof /, ""));
        this.out.write(type.name);
        if (type.args.length > 0) {
          this.out.write("<");
          type.args.forEach((t, i) => {
            if (i > 0) this.out.write(", ");
            this.type(t);
          });
          this.out.write(">");
        }
        return;
      case "ArrayType":
        if (type.readonly) this.out.write("readonly ");
        this.type(type.element, true);
        this.out.write("[]");
        return;
      case "TupleType":
        this.out.write("[");
        type.elements.forEach((t, i) => {
          if (i > 0) this.out.write(", ");
          this.type(t);
        });
        if (type.rest) {
          if (type.elements.length > 0) this.out.write(", ");
          this.out.write("...");
          this.type(type.rest, true);
          this.out.write("[]");
        }
        this.out.write("]");
        return;
      case "UnionType":
        if (inArray) this.out.write("(");
        type.types.forEach((t, i) => {
          if (i > 0) this.out.write(" | ");
          this.type(t, true);
        });
        if (inArray) this.out.write(")");
        return;
      case "FunctionType":
        if (inArray) this.out.write("(");
        this.params(type.params);
        this.out.write(" => ");
        this.type(type.returns);
        if (inArray) this.out.write(")");
        return;
    }
  }
}

/** Double-quoted string literal, escaping what JavaScript requires. */
export function quoteString(value: string): string {
  return JSON.stringify(value).replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}

function escapeTemplate(text: string): string {
  return text
    .replace(/\\/g, "\\\\")
    .replace(/`/g, "\\`")
    .replace(/\$\{/g, "\\${")
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must be escaped
    .replace(/[\u0000-\u001f\u2028\u2029]/g, (c) => {
      if (c === "\n") return "\\n";
      if (c === "\t") return "\\t";
      return `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
    });
}

function isDeclaration(stmt: ir.Stmt): boolean {
  return stmt.kind === "FunctionDecl" || stmt.kind === "ClassDecl";
}

/** The lone throw, return, break or continue of an `if` without `else`, printed on the `if`'s line. */
function guardJump(stmt: ir.IfStmt): ir.Throw | ir.Return | ir.Jump | null {
  if (stmt.otherwise?.length || stmt.then.length !== 1) return null;
  const only = stmt.then[0]!;
  if (only.comments?.length || only.trailingComment !== undefined) return null;
  return only.kind === "Throw" || only.kind === "Return" || only.kind === "Break" || only.kind === "Continue" ? only : null;
}
