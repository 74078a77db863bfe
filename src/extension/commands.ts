/** Command ids (the one place they are spelled) and their handlers. */
import * as vscode from "vscode";
import { readConfig, runSettings } from "./config";
import { fileName, LiveSession } from "./liveSession";
import { setProblems } from "./problems";
import type { PanelModel } from "../shared/protocol";
import { openTypeScriptBeside, RunPanel, fullTs } from "./runPanel";
import type { Snippet } from "./selection";
import { TranslateClient } from "./translateClient";
import { requestSnippet, type TranslateRequest, type TranslateResult } from "./translateJob";

export const CommandIds = {
  translateSelection: "asyncioTs.translateSelection",
  translateAndRun: "asyncioTs.translateAndRun",
  openTypeScript: "asyncioTs.openTypeScript",
} as const;

export type CommandId = (typeof CommandIds)[keyof typeof CommandIds];

/** What a command did, returned for tests and for other extensions. */
export interface CommandResult {
  readonly model: PanelModel;
  readonly diagnostics: number;
  readonly editor?: vscode.TextEditor;
}

export class Commands implements vscode.Disposable {
  readonly diagnostics = vscode.languages.createDiagnosticCollection("asyncio-ts");
  /** Translations run in a worker thread (made on the first translation, reused by every command and live edit). */
  readonly client = new TranslateClient();
  private readonly disposables: vscode.Disposable[] = [this.diagnostics, { dispose: () => this.client.dispose() }];

  constructor(private readonly extensionUri: vscode.Uri) {
    this.disposables.push(
      vscode.commands.registerCommand(CommandIds.translateSelection, (uri?: unknown) => this.translateToPanel(uri, false)),
      vscode.commands.registerCommand(CommandIds.translateAndRun, (uri?: unknown) => this.translateToPanel(uri, true)),
      vscode.commands.registerCommand(CommandIds.openTypeScript, (uri?: unknown) => this.openTypeScript(uri)),
      vscode.workspace.onDidCloseTextDocument((doc) => this.diagnostics.delete(doc.uri)),
    );
  }

  private async translateToPanel(uri: unknown, autoRun: boolean): Promise<CommandResult | undefined> {
    const job = await this.translateActive(uri);
    if (!job) return undefined;
    const panel = RunPanel.show(this.extensionUri, job.document.uri.toString(), job.result.model, job.snippet, job.document.uri, autoRun);
    // Live translation: the panel follows the lines it shows until they are deleted or the panel closes.
    panel.setLive(readConfig(job.document.uri).live ? new LiveSession(job.document, { start: job.request.start, end: job.request.end }, job.request.whole, this.client, this.diagnostics, panel) : undefined);
    return { model: job.result.model, diagnostics: job.result.diagnostics.length };
  }

  private async openTypeScript(uri: unknown): Promise<CommandResult | undefined> {
    const job = await this.translateActive(uri);
    if (!job) return undefined;
    const editor = await openTypeScriptBeside(fullTs(job.result.model));
    return { model: job.result.model, diagnostics: job.result.diagnostics.length, editor };
  }

  /** Translate the selection of the active Python editor (or the whole document when nothing is selected). */
  private async translateActive(uri: unknown): Promise<{ document: vscode.TextDocument; snippet: Snippet; request: TranslateRequest; result: TranslateResult } | undefined> {
    let editor = vscode.window.activeTextEditor;
    // From the explorer context menu or another extension: a URI of a Python file, translated whole.
    if (uri instanceof vscode.Uri && editor?.document.uri.toString() !== uri.toString()) {
      editor = await vscode.window.showTextDocument(uri, { preview: true, preserveFocus: true });
    }
    if (!editor) {
      void vscode.window.showWarningMessage("asyncio-ts: open a Python file and select the code to translate.");
      return undefined;
    }
    const document = editor.document;
    if (document.languageId !== "python") {
      void vscode.window.showWarningMessage(`asyncio-ts translates Python; this editor holds ${document.languageId}.`);
      return undefined;
    }
    const range = selectedLines(document, editor.selection);
    const request: TranslateRequest = {
      documentText: document.getText(),
      start: document.offsetAt(range.start),
      end: document.offsetAt(range.end),
      whole: range.isEqual(fullRange(document)),
      fileName: fileName(document),
      documentPath: document.uri.scheme === "file" ? document.uri.fsPath : undefined,
      settings: runSettings(readConfig(document.uri)),
    };
    const result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: "asyncio-ts: translating…" }, () => this.client.translate(request));
    // Diagnostics go to the Problems panel at their place in the user's document.
    setProblems(this.diagnostics, document, result.diagnostics);
    return { document, snippet: requestSnippet(request, result.wrapped), request, result };
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

/** The selection widened to whole lines; the whole document when nothing is selected. */
function fullRange(document: vscode.TextDocument): vscode.Range {
  return new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length));
}

export function selectedLines(document: vscode.TextDocument, selection: vscode.Selection): vscode.Range {
  if (selection.isEmpty) return fullRange(document);
  const start = new vscode.Position(selection.start.line, 0);
  // A selection ending at the start of a line does not include that line.
  const endLine = selection.end.character === 0 && selection.end.line > selection.start.line ? selection.end.line - 1 : selection.end.line;
  const end = endLine + 1 < document.lineCount ? new vscode.Position(endLine + 1, 0) : document.lineAt(endLine).range.end;
  return new vscode.Range(start, end);
}

/** "Translate selection to TypeScript" on Python selections that contain async code. */
export class TranslateCodeActionProvider implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.Refactor.append("asyncioTs")];

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection): vscode.CodeAction[] {
    if (range.isEmpty) return [];
    if (!/\b(async|await)\b/.test(document.getText(range))) return [];
    const action = new vscode.CodeAction("Translate selection to TypeScript", TranslateCodeActionProvider.kinds[0]);
    action.command = { command: CommandIds.translateSelection, title: "Translate selection to TypeScript" };
    return [action];
  }
}
