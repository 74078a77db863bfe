/**
 * Turning what the user selected into a Python program the translator can read, and mapping offsets in
 * that program back to the document: the selection is widened to whole lines, dedented (it may start in the
 * middle of a block), and the file's own top-level imports the selection lacks are put in front of it.
 * Pure text functions (no `vscode`), so they are unit-tested directly.
 */

export interface Snippet {
  /** The Python program to translate and run. */
  readonly source: string;
  /** Length of the imports put in front of the selected text (0 when none). */
  readonly prefixLength: number;
  /** Imports taken from the file, in order (each a whole line). */
  readonly addedImports: readonly string[];
  /** Offset in `source` -> offset in the document. */
  toDocument(offset: number): number;
}

/** Where each kept line starts in the document and in the dedented text, and how much indentation it lost. */
interface LineShift {
  readonly docStart: number;
  readonly textStart: number;
  readonly removed: number;
}

/** Dedent `text` (which starts at `docOffset` in its document) by the indentation all its non-blank lines share. */
export function dedent(text: string, docOffset = 0): { text: string; toDocument(offset: number): number } {
  const lines = splitLines(text);
  let common: string | null = null;
  for (const line of lines) {
    const body = stripEol(line);
    if (body.trim() === "") continue;
    const indent = /^[ \t]*/.exec(body)?.[0] ?? "";
    common = common === null ? indent : commonPrefix(common, indent);
    if (common === "") break;
  }
  const width = common?.length ?? 0;
  const shifts: LineShift[] = [];
  let out = "";
  let docStart = docOffset;
  for (const line of lines) {
    const body = stripEol(line);
    // Blank lines may be indented less than the rest: remove what there is, up to the common width.
    const removed = Math.min(width, /^[ \t]*/.exec(body)?.[0].length ?? 0);
    shifts.push({ docStart, textStart: out.length, removed });
    out += line.slice(removed);
    docStart += line.length;
  }
  return {
    text: out,
    toDocument(offset: number): number {
      let shift = shifts[0];
      for (const s of shifts) {
        if (s.textStart > offset) break;
        shift = s;
      }
      if (!shift) return docOffset + offset;
      return shift.docStart + shift.removed + (offset - shift.textStart);
    },
  };
}

/**
 * Top-level `import` / `from ... import` statements of a Python file, each as its text (a statement
 * continued with brackets or backslashes is kept whole). `from __future__` imports come first in Python and
 * are kept too.
 */
export function topLevelImports(fileText: string): string[] {
  const lines = splitLines(fileText);
  const imports: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const body = stripEol(lines[i] ?? "");
    if (!/^(import|from)\s/.test(body)) continue;
    let statement = body;
    let depth = bracketDepth(body);
    while ((depth > 0 || statement.endsWith("\\")) && i + 1 < lines.length) {
      i++;
      const next = stripEol(lines[i] ?? "");
      statement += "\n" + next;
      depth += bracketDepth(next);
    }
    imports.push(statement);
  }
  return imports;
}

/**
 * The program for a selection: `selected` is the selected text widened to whole lines, starting at
 * `docOffset` in a file whose whole text is `fileText`. When the selection is the whole file, nothing is added.
 */
export function snippetFromSelection(selected: string, docOffset: number, fileText: string): Snippet {
  const dedented = dedent(selected, docOffset);
  const wholeFile = docOffset === 0 && selected.length === fileText.length;
  const present = new Set(topLevelImports(dedented.text).map(normalizeImport));
  const added = wholeFile ? [] : topLevelImports(fileText).filter((imp) => !present.has(normalizeImport(imp)) && !/^from\s+__future__\s/.test(imp));
  // Keep only imports of names the selection mentions: an unrelated import would only be noise (or fail).
  const used = added.filter((imp) => importedNames(imp).some((name) => new RegExp(`(^|[^\\w.])${escapeRegExp(name)}\\b`).test(dedented.text)));
  const prefix = used.length ? used.join("\n") + "\n\n" : "";
  return {
    source: prefix + dedented.text,
    prefixLength: prefix.length,
    addedImports: used,
    toDocument(offset: number): number {
      // Anything inside the added imports belongs to no place in the selection: point at its start.
      return offset < prefix.length ? docOffset : dedented.toDocument(offset - prefix.length);
    },
  };
}

/** Name of the coroutine a selection with top-level `await` is wrapped in. */
export const WRAPPER_NAME = "selection_body";

/**
 * A selection taken from inside a coroutine usually contains `await` outside any `async def`, which Python
 * rejects. Wrap it in a coroutine run by asyncio.run, keeping the imports in front; offsets still map back.
 */
export function wrapInCoroutine(snippet: Snippet): Snippet {
  const imports = snippet.source.slice(0, snippet.prefixLength);
  const body = snippet.source.slice(snippet.prefixLength);
  const header = `${imports}async def ${WRAPPER_NAME}():\n`;
  const lines = splitLines(body.endsWith("\n") ? body : body + "\n");
  const starts: { outStart: number; inStart: number }[] = [];
  let out = header;
  let inStart = 0;
  for (const line of lines) {
    const indent = line.trim() === "" ? "" : "    ";
    starts.push({ outStart: out.length + indent.length, inStart });
    out += indent + line;
    inStart += line.length;
  }
  const bodyEnd = out.length;
  out += `\n\nasyncio.run(${WRAPPER_NAME}())\n`;
  return {
    source: out,
    prefixLength: header.length,
    addedImports: snippet.addedImports,
    toDocument(offset: number): number {
      if (offset < header.length || offset >= bodyEnd) return snippet.toDocument(snippet.prefixLength);
      let at = starts[0];
      for (const s of starts) {
        if (s.outStart > offset) break;
        at = s;
      }
      if (!at) return snippet.toDocument(snippet.prefixLength);
      return snippet.toDocument(snippet.prefixLength + at.inStart + Math.max(0, offset - at.outStart));
    },
  };
}

/** The names an import statement binds (`import a.b as c` -> c, `import a.b` -> a, `from m import x, y as z` -> x, z). */
export function importedNames(statement: string): string[] {
  const flat = statement.replace(/\\\n/g, " ").replace(/[()]/g, " ").replace(/\s+/g, " ").trim();
  const from = /^from\s+\S+\s+import\s+(.*)$/.exec(flat);
  const list = from ? from[1] ?? "" : flat.replace(/^import\s+/, "");
  return list
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part !== "" && part !== "*")
    .map((part) => {
      const alias = /\sas\s+(\w+)$/.exec(part);
      if (alias) return alias[1] ?? part;
      return from ? part : (part.split(".")[0] ?? part);
    });
}

function normalizeImport(statement: string): string {
  return statement.replace(/\s+/g, " ").trim();
}

function bracketDepth(line: string): number {
  const code = line.replace(/#.*$/, "");
  return (code.match(/\(/g)?.length ?? 0) - (code.match(/\)/g)?.length ?? 0);
}

function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

function stripEol(line: string): string {
  return line.replace(/\r?\n$/, "");
}

function commonPrefix(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return a.slice(0, i);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** 1-based line and column of an offset, for messages. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
