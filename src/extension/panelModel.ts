/** Builds what the panel shows from a translation (pure: no `vscode`, unit-tested). */
import type { Translation } from "../pipeline";
import { lineColumn, type Snippet } from "./selection";
import type { PanelModel, RunSettings } from "../shared/protocol";
import { importLine, joinModule, joinStandaloneTs, standaloneJs, standaloneTraceMap } from "../assemble";

export function buildPanelModel(translation: Translation, snippet: Snippet, documentText: string, fileName: string, settings: RunSettings): PanelModel {
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
