/**
 * One translation as the panel needs it, from plain text to plain data: the selected lines become a snippet
 * (wrapped in a coroutine when they came from one), it is translated exactly and plainly, and the result is
 * the panel model plus the diagnostics at their document offsets. No `vscode`: it runs in the translation
 * worker (translateWorker.ts) as well as in-process, and everything it returns is structured-clone safe.
 */
import { translate, type Translation } from "../pipeline";
import { moduleFilesFor } from "../python/moduleFiles";
import { translatePlain } from "../plain/index";
import type { PanelModel, RunSettings } from "../shared/protocol";
import { buildPanelModel } from "./panelModel";
import { snippetFromSelection, wrapInCoroutine, type Snippet } from "./selection";

/** Parse errors a selection from inside a coroutine body causes: 'await' / 'return' / 'async for' outside a function. */
const NEEDS_COROUTINE: ReadonlySet<string> = new Set(["PY1009", "PY1011", "PY1020"]);

export interface TranslateRequest {
  /** The whole document's text. */
  readonly documentText: string;
  /** The translated lines: offsets in `documentText` (whole lines). */
  readonly start: number;
  readonly end: number;
  /** The whole document was asked for (no retry as a coroutine body). */
  readonly whole: boolean;
  readonly fileName: string;
  /** The document's file on disk, if it has one: its folder holds the modules it imports (`from util import delay`). */
  readonly documentPath?: string;
  readonly settings: RunSettings;
}

/** A diagnostic placed in the user's document (offsets in the request's `documentText`). */
export interface DocumentDiagnostic {
  readonly code: string;
  readonly severity: "error" | "warning" | "info";
  readonly message: string;
  readonly start: number;
  readonly end: number;
}

export interface TranslateResult {
  readonly model: PanelModel;
  readonly diagnostics: readonly DocumentDiagnostic[];
  /** The snippet was wrapped in `async def selection_body()` (the host rebuilds the same snippet to map offsets). */
  readonly wrapped: boolean;
  /** Wall time of the job, in ms. */
  readonly ms: number;
}

/** The snippet a request translates (the host calls it too, to map the panel's offsets back to the document). */
export function requestSnippet(request: Pick<TranslateRequest, "documentText" | "start" | "end">, wrapped: boolean): Snippet {
  const snippet = snippetFromSelection(request.documentText.slice(request.start, request.end), request.start, request.documentText);
  return wrapped ? wrapInCoroutine(snippet) : snippet;
}

export async function runTranslateJob(request: TranslateRequest): Promise<TranslateResult> {
  const started = performance.now();
  let snippet = requestSnippet(request, false);
  const modules = request.documentPath ? moduleFilesFor(request.documentPath)?.resolve : undefined;
  let translation: Translation = await translate(snippet.source, { modules });
  let wrapped = false;
  // Lines taken from inside a coroutine (`await`, `return` at the top level): run them as a coroutine.
  if (!request.whole && translation.diagnostics.some((d) => NEEDS_COROUTINE.has(d.code))) {
    const wrappedSnippet = wrapInCoroutine(snippet);
    const retry = await translate(wrappedSnippet.source, { modules });
    if (!retry.diagnostics.some((d) => d.code.startsWith("PY"))) {
      snippet = wrappedSnippet;
      translation = retry;
      wrapped = true;
    }
  }
  // The plain-TypeScript view of the same snippet (translated again: the exact translation's IR is not kept).
  const plain = await translatePlain(snippet.source);
  const model = buildPanelModel(translation, snippet, request.documentText, request.fileName, request.settings, plain);
  const diagnostics = translation.diagnostics.map((d) => ({
    code: d.code,
    severity: d.severity,
    message: d.message,
    start: snippet.toDocument(d.span.start),
    end: snippet.toDocument(Math.max(d.span.start, d.span.end)),
  }));
  return { model, diagnostics, wrapped, ms: performance.now() - started };
}
