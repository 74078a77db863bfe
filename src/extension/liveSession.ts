/**
 * Live translation: after the panel shows a translation, it follows the Python it came from. Edits move the tracked
 * lines (liveTracker.ts); an edit inside them marks the panel out of date at once and, after a pause without edits
 * (`asyncioTs.liveDelay`), the lines are translated again in the worker (translateClient.ts), newest edit only
 * (latestOnly.ts); Problems and the panel are updated. Deleting the lines, closing the document or turning the
 * setting off ends it.
 */
import * as vscode from "vscode";
import { readConfig, runSettings } from "./config";
import { LatestOnly } from "./latestOnly";
import { trackRange, widenToLines, type TrackedRange } from "./liveTracker";
import { setProblems } from "./problems";
import type { Snippet } from "./selection";
import type { TranslateClient } from "./translateClient";
import { requestSnippet, type TranslateRequest, type TranslateResult } from "./translateJob";
import type { LiveTiming } from "../shared/protocol";

/** What a live session drives: the panel. */
export interface LiveHost {
  markStale(): void;
  showLive(result: TranslateResult, snippet: Snippet, autoRun: boolean, timing: LiveTiming): void;
  liveEnded(text: string): void;
  liveStatus(text: string): void;
}

export class LiveSession implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private readonly latest: LatestOnly<TranslateRequest, TranslateResult>;
  private timer: NodeJS.Timeout | undefined;
  private length: number;
  private lastEditAt = 0;
  private stale = false;
  private disposed = false;

  constructor(
    private readonly document: vscode.TextDocument,
    private range: TrackedRange,
    private readonly whole: boolean,
    client: TranslateClient,
    private readonly problems: vscode.DiagnosticCollection,
    private readonly host: LiveHost,
  ) {
    this.length = document.getText().length;
    this.latest = new LatestOnly((request) => client.translate(request));
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === this.document && e.contentChanges.length > 0) this.onEdit(e.contentChanges);
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => {
        if (doc === this.document) this.end("the Python document was closed");
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration("asyncioTs.live", this.document.uri) && !readConfig(this.document.uri).live) this.end("the setting asyncioTs.live was turned off");
      }),
    );
  }

  /** The tracked lines (document offsets). */
  get trackedRange(): TrackedRange {
    return this.range;
  }

  private onEdit(changes: readonly vscode.TextDocumentContentChangeEvent[]): void {
    if (this.disposed) return;
    const result = trackRange(this.range, changes, this.length, this.whole);
    this.length = this.document.getText().length;
    if (result.kind === "ended") return this.end(result.reason);
    this.range = result.range;
    this.lastEditAt = Date.now();
    if (result.touched && !this.stale) {
      this.stale = true;
      this.host.markStale();
    }
    // Edits elsewhere move the lines (Problems' places, the panel's links back) and may change the imports put in front.
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.translate(), readConfig(this.document.uri).liveDelayMs);
  }

  private async translate(): Promise<void> {
    if (this.disposed) return;
    const text = this.document.getText();
    const version = this.document.version;
    const editedAt = this.lastEditAt;
    this.range = this.whole ? { start: 0, end: text.length } : widenToLines(text, this.range);
    const config = readConfig(this.document.uri);
    const request: TranslateRequest = { documentText: text, start: this.range.start, end: this.range.end, whole: this.whole, fileName: fileName(this.document), documentPath: this.document.uri.scheme === "file" ? this.document.uri.fsPath : undefined, settings: runSettings(config) };
    let result: TranslateResult | undefined;
    try {
      result = await this.latest.request(request);
    } catch (error) {
      if (!this.disposed) this.host.liveStatus(`Live translation failed: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
      return;
    }
    // Superseded, or the document changed while it was being translated: the next translation is on its way.
    if (!result || this.disposed || this.document.version !== version) return;
    this.stale = false;
    setProblems(this.problems, this.document, result.diagnostics);
    this.host.showLive(result, requestSnippet(request, result.wrapped), config.autoRun && result.model.ok, { editedAt, translateMs: result.ms, postedAt: Date.now() });
  }

  private end(reason: string): void {
    if (this.disposed) return;
    this.dispose();
    this.problems.delete(this.document.uri);
    const text = `Live translation ended: ${reason}. Translate again to follow the code.`;
    this.host.liveEnded(text);
    void vscode.window.showInformationMessage(`asyncio-ts: ${text}`);
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
    this.latest.invalidate();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

export function fileName(document: vscode.TextDocument): string {
  return document.isUntitled ? document.uri.path : (document.uri.path.split("/").pop() ?? "snippet.py");
}
