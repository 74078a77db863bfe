/** Python type annotations (`int`, `list[str]`, `Optional[int]`, `int | None`, classes) as static types. */
import { nameTable } from "../core/nameTable";
import type * as py from "../python/ast";
import { parseAnnotationText } from "./annotationText";
import { asyncioClass } from "./asyncioObjects";
import type { TranslationContext } from "./context";
import { stdlibAnnotation } from "./stdlib/resolve";
import { T, join, type PyType } from "./types";

const simpleNames: Record<string, PyType> = nameTable({
  int: T.int,
  float: T.float,
  str: T.str,
  bool: T.bool,
  None: T.none,
  object: T.unknown,
  Any: T.unknown,
});

export function typeFromAnnotation(ctx: TranslationContext, e: py.Expr): PyType {
  const typeOf = (x: py.Expr) => typeFromAnnotation(ctx, x);
  // `List[int]`, `typing.Optional[str]`, `collections.abc.Awaitable[int]`: the module's table says.
  const fromModule = e.kind === "Subscript" ? stdlibAnnotation(ctx, e.value, e.slice.kind === "Tuple" ? e.slice.elts : [e.slice], typeOf) : stdlibAnnotation(ctx, e, null, typeOf);
  if (fromModule) return fromModule;
  switch (e.kind) {
    case "Constant":
      if (e.value === null) return T.none;
      // A forward reference (`other: "Job"` inside class Job, `"asyncio.Queue[int]"`) spells an annotation.
      if (typeof e.value === "string") {
        const spelled = parseAnnotationText(e.value, e);
        if (spelled) return typeFromAnnotation(ctx, spelled);
      }
      return T.unknown;
    case "Name": {
      const simple = simpleNames[e.id];
      if (simple) return simple;
      const alias = ctx.typeAliases.get(e.id);
      if (alias) return typeFromAnnotation(ctx, alias);
      if (e.id === "list" || e.id === "List") return T.list(T.unknown);
      if (e.id === "dict" || e.id === "Dict") return T.dict(T.unknown, T.unknown);
      // `sem: Semaphore` after `from asyncio import Semaphore`: the same type as `asyncio.Semaphore`.
      const fromAsyncio = ctx.asyncioImports.get(e.id);
      if (fromAsyncio !== undefined && (ctx.isImportedName(e.id) || ctx.lookup(e.id)?.type.t === "asyncio")) return asyncioAnnotation(fromAsyncio);
      const sym = ctx.lookup(e.id);
      if (sym && sym.type.t === "class") return { t: "instance", cls: sym.type.cls };
      // A class defined further down (a forward reference): not known yet in this pass, the next one knows it.
      if (sym && sym.type.t === "never") return T.never;
      return T.unknown;
    }
    case "Attribute":
      return asyncioAnnotation(e.attr);
    case "BinOp":
      if (e.op === "BitOr") return join(typeFromAnnotation(ctx, e.left), typeFromAnnotation(ctx, e.right));
      return T.unknown;
    case "Subscript": {
      const base = e.value.kind === "Name" ? (ctx.asyncioImports.get(e.value.id) ?? e.value.id) : e.value.kind === "Attribute" ? e.value.attr : "";
      const args = e.slice.kind === "Tuple" ? e.slice.elts : [e.slice];
      const arg = (i: number) => (args[i] ? typeFromAnnotation(ctx, args[i]!) : T.unknown);
      switch (base) {
        case "list":
        case "List":
        case "Sequence":
        case "Iterable":
          return T.list(arg(0));
        case "set":
        case "Set":
          return T.set(arg(0));
        case "dict":
        case "Dict":
        case "Mapping":
          return T.dict(arg(0), arg(1));
        case "tuple":
        case "Tuple":
          if (args.length === 2 && args[1]!.kind === "Constant" && typeof args[1]!.value === "object" && args[1]!.value !== null) return T.list(arg(0));
          return T.tuple(args.map((a) => typeFromAnnotation(ctx, a)));
        case "Optional":
          return join(arg(0), T.none);
        case "Union":
          return args.map((a) => typeFromAnnotation(ctx, a)).reduce((x, y) => join(x, y), T.never);
        case "Coroutine":
        case "Awaitable":
          return T.coroutine(arg(args.length - 1));
        // `asyncio.Queue[str]`, `asyncio.Future[int]`, `asyncio.Task[int]`: the item or result type.
        case "Queue":
        case "LifoQueue":
        case "PriorityQueue":
          return { t: "object", cls: base, elem: arg(0) };
        case "Future":
          return T.future(arg(0));
        case "Task":
          return T.task(arg(0));
        default:
          return T.unknown;
      }
    }
    default:
      return T.unknown;
  }
}

/** `asyncio.Lock`, `asyncio.Queue` (items not said: inferred from the puts), `asyncio.AbstractEventLoop`. */
function asyncioAnnotation(name: string): PyType {
  if (asyncioClass(name)) return { t: "object", cls: name, elem: T.never };
  if (name === "AbstractEventLoop") return { t: "object", cls: "RunningLoop", elem: T.never };
  // A bare `asyncio.Future` says nothing of its result: any future or task fits (a done-callback's parameter).
  if (name === "Future" || name === "Task") return { t: name === "Future" ? "future" : "task", result: T.unknown };
  return T.unknown;
}
