/** Builds what the panel shows from a translation (pure: no `vscode`, unit-tested). */
import type { Translation } from "../pipeline";
import { lineColumn, type Snippet } from "./selection";
import type { PanelMapping, PanelModel, RunSettings } from "../shared/protocol";

export function buildPanelModel(translation: Translation, snippet: Snippet, documentText: string, fileName: string, settings: RunSettings): PanelModel {
  // `ts` is the header and helpers followed by `programTs`: map offsets are into `ts`.
  const prefix = translation.ts.length - translation.programTs.length;
  const helpersTs = translation.ts.slice(0, prefix).trimEnd();
  const map: PanelMapping[] = [];
  for (const m of translation.map) {
    const start = m.out.start - prefix;
    const end = m.out.end - prefix;
    if (start < 0 || end > translation.programTs.length || end <= start || m.py.end <= m.py.start) continue;
    map.push({ py: span(m.py), ts: { start, end } });
  }
  return {
    fileName,
    python: snippet.source,
    programTs: translation.programTs,
    helpersTs,
    js: translation.js,
    ok: translation.ok,
    notes: translation.notes.map((n) => ({ id: n.id, title: n.title, body: n.body, span: span(n.span) })),
    diagnostics: translation.diagnostics.map((d) => {
      const at = lineColumn(documentText, snippet.toDocument(d.span.start));
      return { code: d.code, severity: d.severity, message: d.message, span: span(d.span), line: at.line, column: at.column };
    }),
    map,
    settings,
  };
}

/** Only the offsets: a span may be an AST node with much more in it (BigInts, which postMessage cannot send). */
function span(s: { readonly start: number; readonly end: number }): { start: number; end: number } {
  return { start: s.start, end: s.end };
}
