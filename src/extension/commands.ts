/** Command ids (the one place they are spelled) and their handlers. */
import * as vscode from "vscode";
import { translate, type Translation } from "../pipeline";
import { readConfig } from "./config";
import { buildPanelModel } from "./panelModel";
import { translatePlain } from "../plain/index";
import type { PanelModel } from "../shared/protocol";
import { openTypeScriptBeside, RunPanel, fullTs } from "./runPanel";
import { snippetFromSelection, wrapInCoroutine, type Snippet } from "./selection";

/** Parse errors a selection from inside a coroutine body causes: 'await' / 'return' / 'async for' outside a function. */
const NEEDS_COROUTINE: ReadonlySet<string> = new Set(["PY1009", "PY1011", "PY1020"]);

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
  private readonly disposables: vscode.Disposable[] = [this.diagnostics];

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
    RunPanel.show(this.extensionUri, job.document.uri.toString(), job.model, job.snippet, job.document.uri, autoRun);
    return { model: job.model, diagnostics: job.translation.diagnostics.length };
  }

  private async openTypeScript(uri: unknown): Promise<CommandResult | undefined> {
    const job = await this.translateActive(uri);
    if (!job) return undefined;
    const editor = await openTypeScriptBeside(fullTs(job.model));
    return { model: job.model, diagnostics: job.translation.diagnostics.length, editor };
  }

  /** Translate the selection of the active Python editor (or the whole document when nothing is selected). */
  private async translateActive(uri: unknown): Promise<{ document: vscode.TextDocument; snippet: Snippet; translation: Translation; model: PanelModel } | undefined> {
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
    const text = document.getText();
    let snippet = snippetFromSelection(document.getText(range), document.offsetAt(range.start), text);
    let translation = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: "asyncio-ts: translating…" }, () => translate(snippet.source));
    // Lines taken from inside a coroutine (`await`, `return` at the top level): run them as a coroutine.
    if (!range.isEqual(fullRange(document))) {
      if (translation.diagnostics.some((d) => NEEDS_COROUTINE.has(d.code))) {
        const wrapped = wrapInCoroutine(snippet);
        const retry = await translate(wrapped.source);
        if (!retry.diagnostics.some((d) => d.code.startsWith("PY"))) {
          snippet = wrapped;
          translation = retry;
        }
      }
    }
    this.report(document, snippet, translation);
    const config = readConfig(document.uri);
    // The plain-TypeScript view of the same snippet (translated again: the exact translation's IR is not kept).
    const plain = await translatePlain(snippet.source);
    const model = buildPanelModel(translation, snippet, text, fileName(document), {
      clock: config.clock,
      timeLimitMs: config.timeLimitSeconds * 1000,
      maxOutputBytes: config.maxOutputKiB * 1024,
      showTimestamps: config.showTimestamps,
      showHelpers: config.showHelpers,
      standalone: config.standalone,
    }, plain);
    return { document, snippet, translation, model };
  }

  /** Diagnostics go to the Problems panel at their place in the user's document. */
  private report(document: vscode.TextDocument, snippet: Snippet, translation: Translation): void {
    this.diagnostics.set(
      document.uri,
      translation.diagnostics.map((d) => {
        const start = document.positionAt(snippet.toDocument(d.span.start));
        let end = document.positionAt(snippet.toDocument(Math.max(d.span.start, d.span.end)));
        if (end.isEqual(start)) end = document.lineAt(start.line).range.end.isAfter(start) ? start.translate(0, 1) : start;
        const diag = new vscode.Diagnostic(new vscode.Range(start, end), d.message, severity(d.severity));
        diag.code = d.code;
        diag.source = "asyncio-ts";
        return diag;
      }),
    );
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

function fileName(document: vscode.TextDocument): string {
  return document.isUntitled ? document.uri.path : (document.uri.path.split("/").pop() ?? "snippet.py");
}

function severity(s: "error" | "warning" | "info"): vscode.DiagnosticSeverity {
  return s === "error" ? vscode.DiagnosticSeverity.Error : s === "warning" ? vscode.DiagnosticSeverity.Warning : vscode.DiagnosticSeverity.Information;
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
