/**
 * `datetime`: `datetime.now()` and friends as naive local times on the program's clock (so a program that
 * sleeps 2 s shows a time 2 s later at once), their differences as timedeltas, and their printed forms.
 * Reading the current time gets a TR3001 warning: CPython prints the time of its own run.
 */
import { nameTable } from "../../core/nameTable";
import type * as py from "../../python/ast";
import * as f from "../../ts/factory";
import type { Typed, TranslationContext } from "../context";
import { translateExpr } from "../expressions";
import { reportWallClockRead } from "../timeModule";
import { T, toTsType, withoutNone, type PyType } from "../types";
import { bindArgs, positional } from "./callForms";
import { supported, type StdlibModule } from "./module";

const objectOf = (cls: string): PyType => ({ t: "object", cls, elem: T.never });
const dateTime = objectOf("PyDateTime");
const date = objectOf("PyDate");
const time = objectOf("PyTime");
const timedelta = objectOf("PyTimedelta");

const isClass = (type: PyType, cls: string): boolean => type.t === "object" && type.cls === cls;

/** Constructors: Python's parameter names in order, so keywords land where the runtime takes them positionally. */
const constructors: Readonly<Record<string, { readonly ts: string; readonly params: readonly string[]; readonly type: PyType }>> = nameTable({
  datetime: { ts: "PyDateTime", params: ["year", "month", "day", "hour", "minute", "second", "microsecond"], type: dateTime },
  date: { ts: "PyDate", params: ["year", "month", "day"], type: date },
  time: { ts: "PyTime", params: ["hour", "minute", "second", "microsecond"], type: time },
  timedelta: { ts: "PyTimedelta", params: ["days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"], type: timedelta },
});

/** Class methods that read the clock (the wall-clock warning), or convert a timestamp. */
const classMethods: Readonly<Record<string, { readonly ts: string; readonly method: string; readonly params: number; readonly type: PyType; readonly now: boolean }>> = nameTable({
  "datetime.now": { ts: "PyDateTime", method: "now", params: 0, type: dateTime, now: true },
  "datetime.today": { ts: "PyDateTime", method: "now", params: 0, type: dateTime, now: true },
  "datetime.utcnow": { ts: "PyDateTime", method: "utcnow", params: 0, type: dateTime, now: true },
  "datetime.fromtimestamp": { ts: "PyDateTime", method: "fromtimestamp", params: 1, type: dateTime, now: false },
  "date.today": { ts: "PyDate", method: "today", params: 0, type: date, now: true },
  "datetime.fromisoformat": { ts: "PyDateTime", method: "fromisoformat", params: 1, type: dateTime, now: false },
  "date.fromisoformat": { ts: "PyDate", method: "fromisoformat", params: 1, type: date, now: false },
});

/** Methods of the values, by runtime class: the TypeScript name, how many arguments at most, the result. */
const methods: Readonly<Record<string, Readonly<Record<string, { readonly ts: string; readonly args: number; readonly type: PyType }>>>> = nameTable({
  PyDateTime: nameTable({
    strftime: { ts: "strftime", args: 1, type: T.str },
    isoformat: { ts: "isoformat", args: 1, type: T.str },
    timestamp: { ts: "timestamp", args: 0, type: T.float },
    date: { ts: "date", args: 0, type: date },
    time: { ts: "time", args: 0, type: time },
    weekday: { ts: "weekday", args: 0, type: T.int },
    isoweekday: { ts: "isoweekday", args: 0, type: T.int },
  }),
  PyDate: nameTable({
    strftime: { ts: "strftime", args: 1, type: T.str },
    isoformat: { ts: "isoformat", args: 0, type: T.str },
    weekday: { ts: "weekday", args: 0, type: T.int },
    isoweekday: { ts: "isoweekday", args: 0, type: T.int },
  }),
  PyTime: nameTable({ strftime: { ts: "strftime", args: 1, type: T.str }, isoformat: { ts: "isoformat", args: 0, type: T.str } }),
  PyTimedelta: nameTable({ total_seconds: { ts: "totalSeconds", args: 0, type: T.float } }),
});

const attributes: Readonly<Record<string, readonly string[]>> = nameTable({
  PyDateTime: ["year", "month", "day", "hour", "minute", "second", "microsecond"],
  PyDate: ["year", "month", "day"],
  PyTime: ["hour", "minute", "second", "microsecond"],
  PyTimedelta: ["days", "seconds", "microseconds"],
});

export const datetimeModule: StdlibModule = {
  name: "datetime",
  summary: "datetime.now() and timedelta: naive local times on the program's clock, printed as CPython prints them",
  names: [
    ...Object.entries(constructors).map(([name, c]) => supported(name, `\`new ${c.ts}(...)\``, [c.ts], "wallClock")),
    ...Object.entries(classMethods).map(([name, m]) => supported(name, `\`${m.ts}.${m.method}()\``, [m.ts], "wallClock")),
  ],
  // `-> datetime`, `when: date`: the values the constructors make.
  annotation: (name) => constructors[name]?.type ?? null,
  call: (ctx, name, e) => {
    const made = constructors[name];
    if (made) {
      const args = bindArgs(ctx, e, made.params);
      if (!args) return null;
      // A timedelta's parts are named, as Python programs write them (`{ minutes: 5 }`), in the order written.
      const given = name === "timedelta" ? (args.size === 0 ? [] : [f.object([...args].sort(([, a], [, b]) => a.node.start - b.node.start).map(([key, arg]) => ({ key, value: arg.value.ir })))]) : positional(args, made.params);
      return { ir: f.newExpr(ctx.helper(made.ts), given, e), type: made.type };
    }
    const method = classMethods[name];
    if (!method || e.keywords.length > 0 || e.args.length !== method.params) return null;
    if (method.now) reportWallClockRead(ctx, e);
    return { ir: f.call(f.member(ctx.helper(method.ts), method.method), e.args.map((a) => translateExpr(ctx, a).ir), e), type: method.type };
  },
  methodCall: (ctx, e, func, target) => {
    if (target.type.t !== "object") return null;
    // `dt.replace(hour=0)`: a copy with the fields named (`{ hour: 0 }`).
    const fields = attributes[target.type.cls];
    if (func.attr === "replace" && fields && target.type.cls !== "PyTimedelta" && e.args.length === 0 && e.keywords.every((k) => k.arg !== null && fields.includes(k.arg))) {
      const changes = f.object(e.keywords.map((k) => ({ key: k.arg!, value: translateExpr(ctx, k.value).ir })));
      return { ir: f.call(f.member(target.ir, "replace", func), [changes], e), type: target.type };
    }
    const method = methods[target.type.cls]?.[func.attr];
    if (!method || e.keywords.length > 0 || e.args.length > method.args) return null;
    return { ir: f.call(f.member(target.ir, method.ts, func), e.args.map((a) => translateExpr(ctx, a).ir), e), type: method.type };
  },
  attribute: (_ctx, e, target) => {
    if (target.type.t !== "object" || !attributes[target.type.cls]?.includes(e.attr)) return null;
    return { ir: f.member(target.ir, e.attr, e), type: T.int };
  },
};

/**
 * `a - b` and `a + b` on datetimes and timedeltas: the runtime's `sub`/`add`, typed as Python's results
 * (datetime - datetime is a timedelta, datetime ± timedelta a datetime); null for any other operands.
 * An operand that may be None (`self.started = None` until it is set) goes through `datetimeOperation`,
 * which raises CPython's TypeError for the None.
 */
export function datetimeArithmetic(ctx: TranslationContext, op: py.Operator, left: Typed, right: Typed, span: py.NodeBase): Typed | null {
  if (op !== "Add" && op !== "Sub") return null;
  const l = withoutNone(left.type);
  const r = withoutNone(right.type);
  const result =
    isClass(l, "PyDateTime") && isClass(r, "PyDateTime") && op === "Sub" ? timedelta
    : isClass(l, "PyDateTime") && isClass(r, "PyTimedelta") ? dateTime
    : isClass(l, "PyTimedelta") && isClass(r, "PyTimedelta") ? timedelta
    : isClass(l, "PyDate") && isClass(r, "PyDate") && op === "Sub" ? timedelta
    : isClass(l, "PyDate") && isClass(r, "PyTimedelta") ? date
    : null;
  if (!result) return null;
  if (l !== left.type || r !== right.type) {
    const call = ctx.callHelper("datetimeOperation", [f.str(op === "Add" ? "+" : "-"), left.ir, right.ir], span);
    return { ir: f.asType(call, toTsType(result)), type: result };
  }
  return { ir: f.call(f.member(left.ir, op === "Add" ? "add" : "sub"), [right.ir], span), type: result };
}
