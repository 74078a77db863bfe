/**
 * The teaching panel: one webview per Python document, owning its disposables. The host side translates
 * (in commands.ts), runs CPython for comparisons and does what needs the editor (copy, open, save); the
 * webview (src/webview) draws, runs the JavaScript in a Worker and compares outputs.
 */
import * as path from "node:path";
import * as vscode from "vscode";
import { readConfig, resolvePythonInterpreter } from "./config";
import type { Snippet } from "./selection";
import { panelHtml } from "./panelHtml";
import { translationText } from "./panelModel";
import { isFromWebview, VIEW_TYPE, type FromWebview, type LiveTiming, type PanelModel, type ToWebview, type WebviewState } from "../shared/protocol";
import type { LiveHost } from "./liveSession";
import type { TranslateResult } from "./translateJob";
import { probePython, runPython } from "../run/pythonRunner";
import { runJavaScript } from "../run/runJavaScript";

export class RunPanel implements vscode.Disposable, LiveHost {
  private static readonly panels = new Map<string, RunPanel>();
  private readonly disposables: vscode.Disposable[] = [];
  private model: PanelModel | undefined;
  private snippet: Snippet | undefined;
  private documentUri: vscode.Uri | undefined;
  private ready = false;
  private readonly queue: ToWebview[] = [];
  private comparison: AbortController | undefined;
  /** The live session following the Python, if any. */
  private live: vscode.Disposable | undefined;

  /** The panel for `key` (a document URI), made or revealed, showing `model`. */
  static show(extensionUri: vscode.Uri, key: string, model: PanelModel, snippet: Snippet, documentUri: vscode.Uri, autoRun: boolean): RunPanel {
    let panel = RunPanel.panels.get(key);
    if (panel) {
      panel.panel.reveal(vscode.ViewColumn.Beside, false);
    } else {
      const webviewPanel = vscode.window.createWebviewPanel(VIEW_TYPE, title(model), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false }, RunPanel.options(extensionUri));
      panel = new RunPanel(webviewPanel, extensionUri, key);
    }
    panel.snippet = snippet;
    panel.documentUri = documentUri;
    panel.setModel(model, autoRun);
    return panel;
  }

  /** After a window reload: the serializer hands back the webview and the state the webview saved. */
  static revive(webviewPanel: vscode.WebviewPanel, extensionUri: vscode.Uri, state: WebviewState | undefined): RunPanel {
    webviewPanel.webview.options = RunPanel.options(extensionUri);
    const panel = new RunPanel(webviewPanel, extensionUri, `revived:${Date.now()}:${Math.random()}`);
    if (state?.model) panel.setModel(state.model, false);
    return panel;
  }

  /** Every open panel (for tests and for "run" on the active panel). */
  static all(): readonly RunPanel[] {
    return [...RunPanel.panels.values()];
  }

  static options(extensionUri: vscode.Uri): vscode.WebviewOptions & vscode.WebviewPanelOptions {
    return {
      enableScripts: true,
      retainContextWhenHidden: false,
      enableFindWidget: true,
      localResourceRoots: [vscode.Uri.joinPath(extensionUri, "media"), vscode.Uri.joinPath(extensionUri, "dist")],
    };
  }

  private constructor(
    readonly panel: vscode.WebviewPanel,
    extensionUri: vscode.Uri,
    private readonly key: string,
  ) {
    RunPanel.panels.set(key, this);
    const webview = panel.webview;
    panel.iconPath = vscode.Uri.joinPath(extensionUri, "media", "icon.svg");
    webview.html = panelHtml({
      cspSource: webview.cspSource,
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, "dist", "webview.js")).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, "media", "panel.css")).toString(),
    });
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      webview.onDidReceiveMessage((msg: unknown) => {
        if (isFromWebview(msg)) void this.onMessage(msg);
        else console.warn("asyncio-ts: ignored a malformed message from the panel:", JSON.stringify(msg)?.slice(0, 200));
      }),
    );
  }

  get currentModel(): PanelModel | undefined {
    return this.model;
  }

  setModel(model: PanelModel, autoRun: boolean, live?: LiveTiming): void {
    // A comparison started for the previous model would report its Python output against this one.
    this.comparison?.abort();
    this.comparison = undefined;
    this.model = model;
    this.panel.title = title(model);
    this.post({ type: "show", model, autoRun, ...(live ? { live } : {}) });
  }

  /** The live session that now drives this panel (the previous one ends). */
  setLive(session: vscode.Disposable | undefined): void {
    this.live?.dispose();
    this.live = session;
  }

  markStale(): void {
    this.post({ type: "stale" });
  }

  showLive(result: TranslateResult, snippet: Snippet, autoRun: boolean, timing: LiveTiming): void {
    this.snippet = snippet;
    this.setModel(result.model, autoRun, timing);
  }

  liveEnded(text: string): void {
    this.live = undefined;
    this.post({ type: "liveEnded", text });
  }

  liveStatus(text: string): void {
    this.post({ type: "status", text });
  }

  run(): void {
    this.post({ type: "run" });
  }

  private post(message: ToWebview): void {
    if (!this.ready) {
      // The webview has not said "ready" yet: keep only the latest "show" and what came after it.
      if (message.type === "show") this.queue.length = 0;
      this.queue.push(message);
      return;
    }
    void this.panel.webview.postMessage(message);
  }

  private async onMessage(msg: FromWebview): Promise<void> {
    switch (msg.type) {
      case "ready":
        this.ready = true;
        for (const m of this.queue.splice(0)) void this.panel.webview.postMessage(m);
        return;
      case "compare":
        return this.compare();
      case "copy":
      case "copySelfContained":
        if (this.model) {
          const standalone = msg.type === "copySelfContained" || this.model.settings.standalone;
          await vscode.env.clipboard.writeText(translationText(this.model, standalone));
          this.post({ type: "status", text: standalone ? "Copied the TypeScript with its helpers inlined (runs without asyncio-ts)." : "Copied the TypeScript (it imports asyncio-ts/runtime: npm install asyncio-ts)." });
        }
        return;
      case "openInEditor":
        if (this.model) await openTypeScriptBeside(fullTs(this.model));
        return;
      case "saveAs":
        return this.saveAs();
      case "revealPython":
        return this.revealPython(msg.span.start, msg.span.end);
      case "runFinished":
        return;
      case "runPlain":
        return this.runPlain(msg.clock);
    }
  }

  /** "Run plain TypeScript": the model's plain program in the worker runner (Node's own console.log formatting). */
  private async runPlain(clock: "virtual" | "real"): Promise<void> {
    const model = this.model;
    if (!model?.plain?.ok) return;
    const run = await runJavaScript(model.plain.runJs, { clock, timeLimitMs: model.settings.timeLimitMs, maxOutputBytes: model.settings.maxOutputBytes, events: false });
    if (this.model !== model) return;
    this.post({ type: "plainResult", result: { stdout: run.stdout, stderr: run.stderr, exitCode: run.exitCode, wallMs: run.wallMs, clock } });
  }

  private async compare(): Promise<void> {
    const model = this.model;
    if (!model) return;
    this.comparison?.abort();
    const controller = new AbortController();
    this.comparison = controller;
    const config = readConfig(this.documentUri);
    const python = await resolvePythonInterpreter(this.documentUri);
    this.post({ type: "compareStarted", python });
    const cwd = this.documentUri?.scheme === "file" ? path.dirname(this.documentUri.fsPath) : undefined;
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: `asyncio-ts: running ${python}…` },
      // The interpreter is asked what it is alongside the run, so a program that is not Python 3 gives its reason, not a diff.
      () => Promise.all([probePython(python), runPython(python, model.python, { timeLimitMs: config.timeLimitSeconds * 1000, maxOutputBytes: config.maxOutputKiB * 1024, cwd, signal: controller.signal })]),
    );
    if (controller.signal.aborted || this.model !== model) return;
    const [probe, run] = result;
    this.post({ type: "pythonResult", result: probe.error === undefined ? run : { ...run, stdout: "", stderr: "", exitCode: null, error: probe.error } });
  }

  private async saveAs(): Promise<void> {
    if (!this.model) return;
    const base = this.documentUri ? this.documentUri.with({ path: this.documentUri.path.replace(/\.py$/, "") + ".ts" }) : undefined;
    const target = await vscode.window.showSaveDialog({ defaultUri: base, filters: { TypeScript: ["ts"] }, saveLabel: "Save TypeScript" });
    if (!target) return;
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(fullTs(this.model)));
    this.post({ type: "status", text: `Saved ${vscode.workspace.asRelativePath(target)}.` });
  }

  private async revealPython(start: number, end: number): Promise<void> {
    if (!this.snippet || !this.documentUri) return;
    const doc = await vscode.workspace.openTextDocument(this.documentUri);
    const range = new vscode.Range(doc.positionAt(this.snippet.toDocument(start)), doc.positionAt(this.snippet.toDocument(end)));
    await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One, selection: range, preserveFocus: false });
  }

  dispose(): void {
    if (RunPanel.panels.get(this.key) === this) RunPanel.panels.delete(this.key);
    this.comparison?.abort();
    this.setLive(undefined);
    this.panel.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

function title(model: PanelModel): string {
  return `asyncio-ts: ${model.fileName}`;
}

/** The translation as Copy, Save and Open give it, in the form the `asyncioTs.output.standalone` setting asks for. */
export function fullTs(model: PanelModel): string {
  return translationText(model, model.settings.standalone);
}

export async function openTypeScriptBeside(text: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument({ language: "typescript", content: text });
  return vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: false });
}

/** Restores panels after a window reload. */
export class RunPanelSerializer implements vscode.WebviewPanelSerializer<WebviewState> {
  constructor(private readonly extensionUri: vscode.Uri) {}

  async deserializeWebviewPanel(webviewPanel: vscode.WebviewPanel, state: WebviewState | undefined): Promise<void> {
    RunPanel.revive(webviewPanel, this.extensionUri, state);
  }
}
