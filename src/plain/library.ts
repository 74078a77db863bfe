/**
 * Library calls with a platform form: the random module's functions on `Math.random()`, list and str methods
 * the exact translation keeps as helpers (`xs.pop()`, `indexOf`, `padStart`), and `str.format` with plain
 * fields as a template literal. Each records the difference that explains where it can behave otherwise.
 */
import type { Span } from "../core/diagnostics";
import * as f from "../ts/factory";
import type * as ir from "../ts/ir";
import type { BuiltinContext } from "./builtins";

const random = (): ir.Expr => f.call(f.member(f.id("Math"), "random"), []);
const floor = (e: ir.Expr): ir.Expr => f.call(f.member(f.id("Math"), "floor"), [e]);

type Rule = (args: readonly ir.Expr[], c: BuiltinContext, span: Span | undefined) => ir.Expr | null;

/** `random.X(...)` (the exact translation's `defaultRandom.X(...)`), or null for a function with no plain form. */
export function plainRandom(method: string, e: ir.CallExpr, c: BuiltinContext): ir.Expr | null {
  if (e.args.some((a) => a.kind === "Spread")) return null;
  const rule = randomRules[method];
  if (!rule) return null;
  const out = rule(e.args, c, e.span);
  if (out) c.differ("unseededRandom");
  return out;
}

const randomRules: Readonly<Record<string, Rule>> = {
  random: (args, _c, span) => (args.length === 0 ? { ...random(), span } : null),
  uniform(args, c, span) {
    const [a, b] = args.map((x) => c.plain(x));
    if (!a || !b || args.length !== 2 || !isPlainRead(args[0]!)) return null;
    return f.bin("+", a, f.bin("*", f.bin("-", b, a), random()), span);
  },
  randint(args, c, span) {
    const [a, b] = args.map((x) => c.plain(x));
    if (!a || !b || args.length !== 2 || !isPlainRead(args[0]!)) return null;
    return f.bin("+", a, floor(f.bin("*", random(), f.bin("+", f.bin("-", b, a), f.num(1)))), span);
  },
  randrange(args, c, span) {
    const [a, b] = args.map((x) => c.plain(x));
    if (!a || args.length > 2) return null;
    if (!b) return { ...floor(f.bin("*", random(), a)), span };
    if (!isPlainRead(args[0]!)) return null;
    return f.bin("+", a, floor(f.bin("*", random(), f.bin("-", b, a))), span);
  },
  choice(args, c, span) {
    const [xs] = args;
    if (!xs || args.length !== 1) return null;
    // A list written out has its length known; a name can be read twice.
    const literal = xs.kind === "ArrayLit" && xs.elements.every((el) => el.kind !== "Spread");
    if (!literal && !isPlainRead(xs)) return null;
    const list = c.plain(xs);
    const length = literal ? f.num(xs.elements.length) : f.member(list, "length");
    return f.nonNull(f.index(list, floor(f.bin("*", random(), length)), span));
  },
};

/** Helpers of list and str methods: `listPop(xs, i)`, `listIndex(xs, v)`, `rjust(s, n, fill)`, `formatStr(t, args)`. */
export function plainMethodHelper(name: string, e: ir.CallExpr, c: BuiltinContext): ir.Expr | null {
  if (e.args.some((a) => a.kind === "Spread")) return null;
  const rule = methodRules[name];
  return rule ? rule(e.args, c, e.span) : null;
}

const methodRules: Readonly<Record<string, Rule>> = {
  listPop(args, c, span) {
    const [xs, at] = args;
    if (!xs || args.length > 2) return null;
    c.differ("missingItem");
    // splice counts a negative index from the end, as pop does.
    if (at && !(at.kind === "Unary" && at.op === "-" && at.operand.kind === "NumberLit" && at.operand.text === "1")) {
      return f.nonNull(f.index(f.method(c.plain(xs), "splice", [c.plain(at), f.num(1)]), f.num(0), span));
    }
    return f.nonNull(f.method(c.plain(xs), "pop", [], span));
  },
  listIndex(args, c, span) {
    const [xs, value] = args;
    if (!xs || !value || args.length !== 2) return null;
    c.differ("missingItem");
    return f.method(c.plain(xs), "indexOf", [c.plain(value)], span);
  },
  rjust: (args, c, span) => pad("padStart", args, c, span),
  ljust: (args, c, span) => pad("padEnd", args, c, span),
  formatStr(args, c, span) {
    const [template, values] = args;
    if (template?.kind !== "StringLit" || values?.kind !== "ArrayLit" || args.length !== 2 || values.elements.some((v) => v.kind === "Spread")) return null;
    const fields = plainFields(template.value, values.elements.length);
    if (!fields) return null;
    const exprs = fields.order.map((i) => {
      const value = values.elements[i]!;
      if (value.kind !== "StringLit" && value.kind !== "TemplateLit") c.differ("stringConversion");
      return c.plain(value);
    });
    return f.template(fields.quasis, exprs, span);
  },
};

function pad(method: "padStart" | "padEnd", args: readonly ir.Expr[], c: BuiltinContext, span: Span | undefined): ir.Expr | null {
  if (args.length < 2 || args.length > 3) return null;
  return f.method(c.plain(args[0]!), method, args.slice(1).map((a) => c.plain(a)), span);
}

/**
 * The text between a format string's fields and the argument each field takes, when every field is `{}` or
 * `{N}` (no name, attribute, conversion or spec) and `{{`/`}}` are the only braces otherwise; null if not.
 */
function plainFields(template: string, count: number): { quasis: string[]; order: number[] } | null {
  const quasis: string[] = [""];
  const order: number[] = [];
  let auto = 0;
  for (let i = 0; i < template.length; i++) {
    const ch = template[i]!;
    if ((ch === "{" || ch === "}") && template[i + 1] === ch) {
      quasis[quasis.length - 1] += ch;
      i++;
      continue;
    }
    if (ch === "}") return null;
    if (ch !== "{") {
      // A template literal's own specials are escaped by the printer.
      quasis[quasis.length - 1] += ch;
      continue;
    }
    const close = template.indexOf("}", i);
    if (close < 0) return null;
    const field = template.slice(i + 1, close);
    const index = field === "" ? auto++ : [...field].every((d) => d >= "0" && d <= "9") ? Number(field) : -1;
    if (index < 0 || index >= count) return null;
    order.push(index);
    quasis.push("");
    i = close;
  }
  return { quasis, order };
}

/** A name or an attribute of one: reading it twice reads the same value. */
export function isPlainRead(e: ir.Expr): boolean {
  if (e.kind === "Ident" || e.kind === "This" || e.kind === "NumberLit" || e.kind === "StringLit") return true;
  return e.kind === "Member" && isPlainRead(e.object);
}
