/**
 * `asyncio.iscoroutine(x)`, `inspect.isgeneratorfunction(f)` and the like: in the translation a coroutine is a
 * function (a thunk) and a generator an object, so the run time cannot tell them apart; the static type answers.
 * Where it cannot (a value of unknown or mixed type), the call is reported rather than answered wrongly.
 */
import { nameTable } from "../core/nameTable";
import type * as py from "../python/ast";
import * as f from "../ts/factory";
import type { Typed, TranslationContext } from "./context";
import { translateExpr } from "./expressions";
import { T, findMethod, type PyType } from "./types";

/** The answer for one (non-union) type; null when the type does not say. */
type TypeTest = (t: PyType) => boolean | null;

const functionTest = (isAsync: boolean, isGenerator: boolean): TypeTest => (t) => (t.t === "function" ? t.fn.isAsync === isAsync && t.fn.isGenerator === isGenerator : null);
const valueTest = (...kinds: PyType["t"][]): TypeTest => (t) => kinds.includes(t.t);

export const typeTests: Readonly<Record<string, TypeTest>> = nameTable({
  iscoroutine: valueTest("coroutine"),
  iscoroutinefunction: functionTest(true, false),
  isgenerator: valueTest("generator"),
  isgeneratorfunction: functionTest(false, true),
  isasyncgen: valueTest("asyncGenerator"),
  isasyncgenfunction: functionTest(true, true),
  isawaitable: (t) => ["coroutine", "task", "future", "promise"].includes(t.t) || (t.t === "instance" && findMethod(t.cls, "__await__") !== null),
});

/** `module.name(x)` answered from x's static type, x still evaluated; reported when the type does not tell. */
export function staticTypeTest(ctx: TranslationContext, module: string, name: string, e: py.Call): Typed | null {
  const test = typeTests[name];
  const [arg] = e.args;
  if (!test || !arg || e.args.length !== 1 || e.keywords.length > 0) return null;
  const value = translateExpr(ctx, arg);
  const answer = answerFor(test, value.type);
  if (answer === null) {
    ctx.report("TR2003", e, `${module}.${name}() of a value whose type is not known here: coroutines and generators are functions and objects in the translation, so only the type can tell`);
    return { ir: f.bool(false, e), type: T.bool };
  }
  return { ir: f.evaluatedThen(value.ir, f.bool(answer, e)), type: T.bool };
}

function answerFor(test: TypeTest, t: PyType): boolean | null {
  if (t.t === "unknown" || t.t === "never") return null;
  if (t.t !== "union") return test(t) ?? false;
  const answers = t.types.map((m) => (m.t === "unknown" ? null : (test(m) ?? false)));
  return answers.every((a) => a === answers[0]) ? (answers[0] ?? null) : null;
}
