/**
 * Parameter lists (`def`, `lambda`) and call argument lists, with the ordering rules CPython's
 * grammar enforces and tree-sitter does not (defaults, `/`, `*`, keywords before positionals).
 */
import type { Arg, Arguments, Expr, Keyword } from "./ast";
import type { ConvertContext } from "./context";
import { convertExpr } from "./convertExpressions";
import { field, firstNamed, namedChildren, type CstNode } from "./cst";

// ---------------------------------------------------------------------------------------------
// Parameters

interface ParameterState {
  readonly posonlyargs: Arg[];
  readonly args: Arg[];
  vararg: Arg | null;
  readonly kwonlyargs: Arg[];
  readonly kw_defaults: (Expr | null)[];
  kwarg: Arg | null;
  readonly defaults: Expr[];
  /** After `*` or `*args`: plain parameters are keyword-only. */
  starred: boolean;
  bareStar: CstNode | null;
  readonly names: Set<string>;
}

export function convertParameters(cx: ConvertContext, node: CstNode | undefined): Arguments {
  const state: ParameterState = {
    posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kw_defaults: [], kwarg: null, defaults: [],
    starred: false, bareStar: null, names: new Set(),
  };
  for (const parameter of node ? namedChildren(node) : []) addParameter(cx, state, parameter);
  if (state.bareStar && state.kwonlyargs.length === 0 && !state.vararg) {
    cx.error("PY1018", state.bareStar.start, state.bareStar.end, "named arguments must follow bare *");
  }
  const { posonlyargs, args, vararg, kwonlyargs, kw_defaults, kwarg, defaults } = state;
  return { kind: "arguments", posonlyargs, args, vararg, kwonlyargs, kw_defaults, kwarg, defaults };
}

export const convertLambdaParameters = convertParameters;

function addParameter(cx: ConvertContext, state: ParameterState, node: CstNode): void {
  if (state.kwarg) cx.error("PY1018", node.start, node.end, "arguments cannot follow var-keyword argument");
  switch (node.type) {
    case "positional_separator": return addSlash(cx, state, node);
    case "keyword_separator": return addStar(cx, state, node, null);
    case "list_splat_pattern": return addStar(cx, state, node, makeArg(cx, state, node, firstNamed(node), undefined));
    case "dictionary_splat_pattern":
      state.kwarg = makeArg(cx, state, node, firstNamed(node), undefined);
      return;
    case "identifier": return addPlain(cx, state, makeArg(cx, state, node, node, undefined), null);
    case "default_parameter":
      return addPlain(cx, state, makeArg(cx, state, node, field(node, "name"), undefined), convertExpr(cx, field(node, "value")));
    case "typed_default_parameter": {
      const arg = makeArg(cx, state, node, field(node, "name"), field(node, "type"));
      return addPlain(cx, state, arg, convertExpr(cx, field(node, "value")));
    }
    case "typed_parameter": return addTyped(cx, state, node);
    default:
      // tuple parameters (`def f((a, b))`) are Python 2.
      if (node.type !== "ERROR") cx.error("PY1000", node.start, node.end, "invalid syntax");
  }
}

function addTyped(cx: ConvertContext, state: ParameterState, node: CstNode): void {
  const inner = firstNamed(node);
  const arg = makeArg(cx, state, node, inner?.type === "identifier" ? inner : inner && firstNamed(inner), field(node, "type"));
  if (inner?.type === "list_splat_pattern") addStar(cx, state, node, arg);
  else if (inner?.type === "dictionary_splat_pattern") state.kwarg = arg;
  else addPlain(cx, state, arg, null);
}

function makeArg(cx: ConvertContext, state: ParameterState, node: CstNode, name: CstNode | undefined, type: CstNode | undefined): Arg {
  const arg = name ? cx.name(name) : "";
  if (arg && state.names.has(arg)) cx.error("PY1017", node.start, node.end, `duplicate argument '${arg}' in function definition`);
  state.names.add(arg);
  const annotation = type ? convertExpr(cx, type) : null;
  return { kind: "arg", arg, annotation, type_comment: null, start: node.start, end: node.end };
}

function addPlain(cx: ConvertContext, state: ParameterState, arg: Arg, value: Expr | null): void {
  if (state.starred) {
    state.kwonlyargs.push(arg);
    state.kw_defaults.push(value);
    return;
  }
  state.args.push(arg);
  if (value) state.defaults.push(value);
  else if (state.defaults.length > 0) {
    cx.error("PY1018", arg.start, arg.end, "non-default argument follows default argument");
  }
}

function addSlash(cx: ConvertContext, state: ParameterState, node: CstNode): void {
  if (state.starred) cx.error("PY1018", node.start, node.end, "/ must be ahead of *");
  else if (state.posonlyargs.length > 0) cx.error("PY1018", node.start, node.end, "/ may appear only once");
  else if (state.args.length === 0) cx.error("PY1018", node.start, node.end, "at least one argument must precede /");
  state.posonlyargs.push(...state.args.splice(0));
}

function addStar(cx: ConvertContext, state: ParameterState, node: CstNode, vararg: Arg | null): void {
  if (state.starred) cx.error("PY1018", node.start, node.end, "* argument may appear only once");
  state.starred = true;
  if (vararg) state.vararg = vararg;
  else state.bareStar = node;
}

// ---------------------------------------------------------------------------------------------
// Call arguments

export function convertCallArguments(cx: ConvertContext, node: CstNode): { args: Expr[]; keywords: Keyword[] } {
  const args: Expr[] = [];
  const keywords: Keyword[] = [];
  const items = namedChildren(node);
  let seenKeyword = false;
  let seenDoubleStar = false;
  for (const item of items) {
    if (item.type === "keyword_argument") {
      keywords.push(keywordArgument(cx, item, keywords));
      seenKeyword = true;
    } else if (item.type === "dictionary_splat") {
      keywords.push({ kind: "keyword", arg: null, value: convertExpr(cx, firstNamed(item)), start: item.start, end: item.end });
      seenDoubleStar = true;
    } else {
      const value = convertExpr(cx, item);
      checkPositional(cx, item, value, seenKeyword, seenDoubleStar);
      // tree-sitter accepts `f(x for x in y, z)`; its generator then does not start with `(`.
      if (item.type === "generator_expression" && items.length > 1 && cx.source[item.start] !== "(") {
        cx.error("PY1000", item.start, item.end, "Generator expression must be parenthesized");
      }
      args.push(value);
    }
  }
  return { args, keywords };
}

function checkPositional(cx: ConvertContext, item: CstNode, value: Expr, seenKeyword: boolean, seenDoubleStar: boolean): void {
  if (value.kind === "Starred") {
    if (seenDoubleStar) cx.error("PY1019", item.start, item.end, "iterable argument unpacking follows keyword argument unpacking");
  } else if (seenDoubleStar) {
    cx.error("PY1019", item.start, item.end, "positional argument follows keyword argument unpacking");
  } else if (seenKeyword) {
    cx.error("PY1019", item.start, item.end, "positional argument follows keyword argument");
  }
}

function keywordArgument(cx: ConvertContext, item: CstNode, before: readonly Keyword[]): Keyword {
  const name = field(item, "name");
  const arg = name ? cx.name(name) : "";
  if (before.some((k) => k.arg === arg)) cx.error("PY1024", item.start, item.end, `keyword argument repeated: ${arg}`);
  return { kind: "keyword", arg, value: convertExpr(cx, field(item, "value")), start: item.start, end: item.end };
}
