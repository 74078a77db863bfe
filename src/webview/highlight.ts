/** A small tokenizer for Python and TypeScript: enough to colour the two panes (offsets into the text, no HTML). */
export type TokenKind = "keyword" | "string" | "number" | "comment" | "function" | "type" | "constant" | "decorator" | "builtin";

export interface Token {
  readonly start: number;
  readonly end: number;
  readonly kind: TokenKind;
}

const PY_KEYWORDS = new Set(
  "and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield match case".split(" "),
);
const PY_CONSTANTS = new Set(["True", "False", "None", "self", "cls"]);
const PY_BUILTINS = new Set("print len range list dict set tuple str int float bool type isinstance enumerate zip sorted reversed sum min max abs round repr any all map filter super asyncio".split(" "));
const TS_KEYWORDS = new Set(
  "async await break case catch class const continue default delete do else export extends finally for function if import in instanceof let new of return static switch throw try typeof var void while yield as interface type readonly private public protected implements keyof declare override get set".split(" "),
);
const TS_CONSTANTS = new Set(["true", "false", "null", "undefined", "this", "super"]);
const TS_TYPES = new Set(["number", "string", "boolean", "void", "unknown", "never", "any", "object", "bigint", "symbol"]);

export function tokenize(text: string, language: "python" | "typescript"): Token[] {
  const py = language === "python";
  const tokens: Token[] = [];
  const re = py
    ? /(#[^\n]*)|([rRbBuUfF]{0,2}(?:"""[\s\S]*?(?:"""|$)|'''[\s\S]*?(?:'''|$)|"(?:[^"\\\n]|\\.)*"?|'(?:[^'\\\n]|\\.)*'?))|(\b(?:0[xXoObB][\da-fA-F_]+|\d[\d_]*\.?[\d_]*(?:[eE][+-]?\d+)?j?)\b|\.\d[\d_]*)|(@[A-Za-z_][\w.]*)|([A-Za-z_]\w*)/g
    : /(\/\/[^\n]*|\/\*[\s\S]*?(?:\*\/|$))|("(?:[^"\\\n]|\\.)*"?|'(?:[^'\\\n]|\\.)*'?|`(?:[^`\\]|\\[\s\S])*`?)|(\b(?:0[xXoObB][\da-fA-F_]+|\d[\d_]*\.?[\d_]*(?:[eE][+-]?\d+)?n?)\b)|(@[A-Za-z_][\w.]*)|([A-Za-z_$][\w$]*)/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    let kind: TokenKind | null = null;
    if (m[1]) kind = "comment";
    else if (m[2]) kind = "string";
    else if (m[3]) kind = "number";
    else if (m[4]) kind = "decorator";
    else if (m[5]) kind = classifyWord(m[5], text, end, py);
    if (kind) tokens.push({ start, end, kind });
  }
  return tokens;
}

function classifyWord(word: string, text: string, end: number, py: boolean): TokenKind | null {
  if (py ? PY_KEYWORDS.has(word) : TS_KEYWORDS.has(word)) return "keyword";
  if (py ? PY_CONSTANTS.has(word) : TS_CONSTANTS.has(word)) return "constant";
  if (!py && TS_TYPES.has(word)) return "type";
  const next = /^\s*(.)/.exec(text.slice(end, end + 40))?.[1];
  if (next === "(" || (!py && next === "<" && /^[a-z]/.test(word))) return py && PY_BUILTINS.has(word) ? "builtin" : "function";
  if (/^[A-Z]/.test(word)) return "type";
  if (py && PY_BUILTINS.has(word)) return "builtin";
  return null;
}
