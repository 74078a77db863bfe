/** Builds what the panel shows from a translation (pure: no `vscode`, unit-tested). */
import type { Translation } from "../pipeline";
import { lineColumn, type Snippet } from "./selection";
import type { PanelModel, PanelPlain, RunSettings } from "../shared/protocol";
import { importLine, joinModule, joinStandaloneTs, moduleTs, standaloneJs, standaloneTraceMap } from "../assemble";
import type { PlainTranslation } from "../plain/index";
import { plainRunnableJs } from "../run/plainRun";

export function buildPanelModel(translation: Translation, snippet: Snippet, documentText: string, fileName: string, settings: RunSettings, plain?: PlainTranslation): PanelModel {
  return {
    fileName,
    python: snippet.source,
    programTs: translation.program.ts,
    importTs: importLine(translation.helpers.names, translation.helpers.types),
    helpersTs: translation.helpers.ts,
    js: standaloneJs(translation),
    ok: translation.ok,
    map: translation.program.map,
    notes: translation.notes.map((n) => ({ id: n.id, title: n.title, body: n.body, span: span(n.span) })),
    diagnostics: translation.diagnostics.map((d) => {
      const at = lineColumn(documentText, snippet.toDocument(d.span.start));
      return { code: d.code, severity: d.severity, message: d.message, span: span(d.span), line: at.line, column: at.column };
    }),
    traceMap: standaloneTraceMap(translation),
    settings,
    plain: plain && plainPanel(plain, translation, snippet, documentText),
  };
}

/** The plain view as the panel shows it: spans only, places in the user's document, the exact spans in `programTs`. */
export function plainPanel(plain: PlainTranslation, translation: Translation, snippet: Snippet, documentText: string): PanelPlain {
  const at = (offset: number): { line: number; column: number } => lineColumn(documentText, snippet.toDocument(offset));
  const inPlain = (offset: number): { line: number; column: number } => lineColumn(plain.ts, offset);
  // Refusals point into the exact translation's module text (import line, then the program): the panel shows the program.
  const importLength = moduleTs(translation).length - translation.program.ts.length;
  return {
    ok: plain.ok,
    ts: plain.ts,
    map: plain.map.map((m) => ({ py: span(m.py), ts: span(m.ts) })),
    differences: plain.differences.map((d) => {
      const ts = d.ts && inPlain(d.ts.start);
      return { kind: d.kind, title: d.title, explanation: d.explanation, py: span(d.py), ts: d.ts && span(d.ts), ...at(d.py.start), tsLine: ts?.line ?? null, tsColumn: ts?.column ?? null };
    }),
    refusals: plain.refusals.map((r) => ({
      code: r.code,
      message: r.message,
      span: span(r.span),
      ...at(r.span.start),
      exact: r.exact && r.exact.start >= importLength ? { start: r.exact.start - importLength, end: r.exact.end - importLength } : null,
    })),
    runJs: plain.ok ? plainRunnableJs(plain) : "",
  };
}

/**
 * The TypeScript that Copy, Save and Open give: the import of asyncio-ts/runtime and the program, or, standalone,
 * the helpers it uses inlined (runs without the package).
 */
export function translationText(model: PanelModel, standalone: boolean): string {
  return standalone ? joinStandaloneTs(model.helpersTs, model.programTs) : joinModule(model.importTs, model.programTs);
}

/** Only the offsets: a span may be an AST node with much more in it (BigInts, which postMessage cannot send). */
function span(s: { readonly start: number; readonly end: number }): { start: number; end: number } {
  return { start: s.start, end: s.end };
}
