/**
 * The whole pipeline: Python text -> parse -> translate -> TypeScript to read and JavaScript to run,
 * with notes, diagnostics and a map from generated spans back to Python spans.
 */
import { createPythonParser } from "./python/parser";
import { MAX_SOURCE_BYTES } from "./python/sourceText";
import { helperUnits, helpersFor, type HelperUnit } from "./runtime/helperTable.generated";
import { translateModule } from "./translate/index";
import type { NoteUse } from "./translate/notes";
import { printProgram } from "./ts/printer";
import type { MappedSpan } from "./ts/writer";
import { diagnostic, hasErrors, type Diagnostic } from "./core/diagnostics";

export interface Translation {
  /** False when there are errors: the output is then partial (unsupported parts left out). */
  readonly ok: boolean;
  readonly ts: string;
  readonly js: string;
  /** The translated program alone (no helpers), as TypeScript: what the webview shows first. */
  readonly programTs: string;
  readonly notes: readonly NoteUse[];
  readonly diagnostics: readonly Diagnostic[];
  /** Python span -> span in `ts`. */
  readonly map: readonly MappedSpan[];
  readonly helpers: readonly string[];
}

const allHelperNames: ReadonlySet<string> = new Set(helperUnits.flatMap((u) => u.exports));

const TS_HEADER = "// Translated from Python by asyncio-ts.\n";

/**
 * The helpers' text, one unit after another. The helpers are most of the output (tens of KB): `+` makes
 * a rope in constant time, where `join` would copy them all into a new string on every translation; the
 * rope is flattened once, by whoever reads the output.
 */
function helperText(units: readonly HelperUnit[], which: "ts" | "js"): string {
  let text = "";
  for (const unit of units) text = text === "" ? unit[which].trimEnd() : text + "\n\n" + unit[which].trimEnd();
  return text;
}

export async function translate(source: string): Promise<Translation> {
  if (source.length > MAX_SOURCE_BYTES) {
    const tooLarge = diagnostic("PY1099", { start: 0, end: 0 }, `input too large: ${source.length} characters, the most asyncio-ts translates is ${MAX_SOURCE_BYTES}`);
    return { ok: false, ts: "", js: "", programTs: "", notes: [], diagnostics: [tooLarge], map: [], helpers: [] };
  }
  const parser = await createPythonParser();
  return translateParsed(source, parser.parse(source));
}

export function translateParsed(source: string, parsed: { module: import("./python/ast").Module; diagnostics: readonly Diagnostic[] }): Translation {
  const parseErrors = parsed.diagnostics;
  if (hasErrors(parseErrors)) {
    return { ok: false, ts: "", js: "", programTs: "", notes: [], diagnostics: parseErrors, map: [], helpers: [] };
  }
  const result = translateModule(parsed.module, source, allHelperNames);
  const program = printProgram(result.program, "ts");
  const programJs = printProgram(result.program, "js");
  // Helper types named only in annotations (`Coroutine<number>`) must be emitted too.
  const used = new Set([...result.helpers, ...[...program.typeNames].filter((name) => allHelperNames.has(name))]);
  const missing = [...used].filter((name) => !allHelperNames.has(name));
  const units = helpersFor([...used].filter((name) => allHelperNames.has(name)));
  const helperTs = helperText(units, "ts");
  const helperJs = helperText(units, "js");
  const helperBlock = helperTs ? `// ---- asyncio-ts helpers: Python semantics, emitted only when used ----\n\n${helperTs}\n\n// ---- translated program ----\n\n` : "";
  const prefix = TS_HEADER + helperBlock;
  const diagnostics = [
    ...parseErrors,
    ...result.diagnostics,
    ...missing.map((name) => diagnostic("TR2005", { start: 0, end: 0 }, `the runtime helper \`${name}\` this translation needs is not available yet`)),
  ];
  return {
    ok: !hasErrors(diagnostics),
    ts: prefix + program.text,
    js: (helperJs ? `${helperJs}\n\n` : "") + programJs.text,
    programTs: program.text,
    notes: result.notes,
    diagnostics,
    map: program.mappings.map((m) => ({ py: m.py, out: { start: m.out.start + prefix.length, end: m.out.end + prefix.length } })),
    helpers: units.map((u) => u.name),
  };
}
