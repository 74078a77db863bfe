/**
 * The parser adapter's entry point: loads tree-sitter (wasm, once per process), parses, copies
 * the tree, converts it to the CPython-shaped AST of `ast.ts` and collects the diagnostics of
 * every check. `parse()` never throws.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { Language, Parser, type Tree } from "web-tree-sitter";
import { diagnostic, type Diagnostic } from "../core/diagnostics";
import type { Comment, Module } from "./ast";
import { ConvertContext } from "./context";
import { convertBody } from "./convertStatements";
import { copyTree, type CstComment } from "./cst";
import { checkModule } from "./syntaxChecks";
import { checkTokens } from "./tokenChecks";
import { treeErrors } from "./treeErrors";

export interface ParseResult {
  readonly module: Module;
  readonly diagnostics: readonly Diagnostic[];
}

export interface PythonParser {
  parse(source: string): ParseResult;
}

let loaded: Promise<PythonParser> | undefined;

/** The parser; the wasm files are loaded by the first call and shared by all later ones. */
export function createPythonParser(): Promise<PythonParser> {
  loaded ??= load().catch((error: unknown) => {
    loaded = undefined; // let a later call retry
    throw error;
  });
  return loaded;
}

/** The wasm files sit beside the bundle (the build copies them into dist/), or in node_modules. */
function wasmPath(file: string, module: string): string {
  const beside = path.join(__dirname, file);
  return fs.existsSync(beside) ? beside : require.resolve(module);
}

async function load(): Promise<PythonParser> {
  const runtime = wasmPath("tree-sitter.wasm", "web-tree-sitter/tree-sitter.wasm");
  await Parser.init({ locateFile: () => runtime });
  const language = await Language.load(wasmPath("tree-sitter-python.wasm", "tree-sitter-python/tree-sitter-python.wasm"));
  const parser = new Parser();
  parser.setLanguage(language);
  return { parse: (source) => safeParse(parser, universalNewlines(source)) };
}

/**
 * CPython reads `\r\n` and a lone `\r` as line breaks; tree-sitter knows only the first two.
 * A lone `\r` becomes `\n`: the same length, so every offset into the user's text stays right.
 */
function universalNewlines(source: string): string {
  return source.includes("\r") ? source.replace(/\r(?!\n)/g, "\n") : source;
}

function safeParse(parser: Parser, source: string): ParseResult {
  try {
    return parseWith(parser, source);
  } catch (error) {
    // Deep nesting overflows the converters' recursion; anything else is a bug, reported the same way.
    const reason = error instanceof RangeError ? "too many nested parentheses or blocks" : `parser failure: ${String(error)}`;
    const module: Module = { kind: "Module", body: [], type_ignores: [], comments: [], start: 0, end: source.length };
    return { module, diagnostics: [diagnostic("PY1099", { start: 0, end: 0 }, reason)] };
  }
}

function parseWith(parser: Parser, source: string): ParseResult {
  const tree = parseTree(parser, source);
  const comments: CstComment[] = [];
  const root = (() => {
    try {
      return copyTree(tree, comments);
    } finally {
      tree.delete();
    }
  })();
  const cx = new ConvertContext(source);
  const body = convertBody(cx, root);
  const module: Module = {
    kind: "Module", body, type_ignores: [], comments: comments.map((c) => comment(source, c)), start: 0, end: source.length,
  };
  const lexical = checkTokens(source);
  const syntax = lexical.length > 0 ? [] : treeErrors(source, root);
  const diagnostics = [...lexical, ...syntax, ...cx.diagnostics, ...checkModule(module, source)];
  return { module, diagnostics: dedupe(diagnostics) };
}

/**
 * Python 3.11 has no `type X = ...` statement, but tree-sitter's grammar (3.12) reads
 * `type(x).attr = v` as one. Such statements are re-parsed with the keyword replaced by another
 * identifier of the same length: offsets do not move, and names are read from the original text.
 */
function parseTree(parser: Parser, source: string): Tree {
  const tree = parser.parse(source);
  if (!tree) throw new Error("tree-sitter returned no tree");
  // Most files never use the word `type`, and searching the tree for aliases walks every node.
  if (!/\btype\b/.test(source)) return tree;
  const aliases = tree.rootNode.descendantsOfType("type_alias_statement");
  if (aliases.length === 0) return tree;
  let patched = source;
  for (const statement of aliases) {
    if (!statement) continue;
    const at = statement.startIndex;
    patched = patched.slice(0, at) + "_ype" + patched.slice(at + 4);
  }
  tree.delete();
  const again = parser.parse(patched);
  if (!again) throw new Error("tree-sitter returned no tree");
  return again;
}

function comment(source: string, c: CstComment): Comment {
  return { kind: "Comment", text: source.slice(c.start, c.end), start: c.start, end: c.end };
}

function dedupe(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.span.start}:${d.span.end}:${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
