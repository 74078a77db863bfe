// Extension-host tests: run inside code-server with the extension under development loaded.
import * as assert from "assert";
import * as vscode from "vscode";
import { CommandIds, type CommandResult } from "../../../src/extension/commands";

const EXTENSION_ID = "asyncio-ts.asyncio-ts";
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor<T>(what: string, probe: () => T | undefined | false, ms = 10_000): Promise<T> {
  for (let waited = 0; ; waited += 100) {
    const value = probe();
    if (value) return value;
    if (waited >= ms) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, "a workspace folder is open");
  return vscode.Uri.joinPath(folder.uri, name);
}

async function openPython(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(workspaceFile(name));
  const editor = await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
  // VS Code restores the last selection of a reopened file: start with none (= the whole file).
  editor.selection = new vscode.Selection(0, 0, 0, 0);
  return editor;
}

describe("asyncio-ts extension", function () {
  this.timeout(60_000);

  before(async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is installed`);
    assert.equal(ext.isActive, false, "not activated before a command is used (no '*' activation)");
    const started = Date.now();
    const api = (await ext.activate()) as { activationMs: number };
    console.log(`    activation: activate() took ${api.activationMs.toFixed(1)} ms; loading + activating ${Date.now() - started} ms`);
  });

  afterEach(async () => {
    await vscode.commands.executeCommand("workbench.action.closeAllEditors");
  });

  it("registers its commands", async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const id of Object.values(CommandIds)) assert.ok(commands.includes(id), `${id} registered`);
  });

  it("declares typed settings with defaults", () => {
    const c = vscode.workspace.getConfiguration("asyncioTs");
    assert.equal(c.get("run.timeLimitSeconds"), 10);
    assert.equal(c.get("run.clock"), "virtual");
    assert.equal(c.get("pythonPath"), "");
    assert.equal(c.get("output.showTimestamps"), true);
    assert.equal(c.get("live"), true);
    assert.equal(c.get("liveDelay"), 200);
    assert.equal(c.get("autoRun"), false);
  });

  it("translating the whole file opens the panel with the translation", async () => {
    await openPython("gather_return_values.py");
    const result = await vscode.commands.executeCommand<CommandResult>(CommandIds.translateSelection);
    assert.ok(result, "the command returns what it showed");
    assert.match(result.model.programTs, /async function taskCoro\(value: number\): Promise<number>/);
    assert.equal(result.model.ok, true);
    assert.equal(result.diagnostics, 0);
    const tab = await waitFor("the panel's tab", () =>
      vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && t.label === "asyncio-ts: gather_return_values.py"),
    );
    assert.ok(tab);
  });

  it("a selection in the middle of a block is dedented and translated", async () => {
    const editor = await openPython("gather_return_values.py");
    const doc = editor.document;
    const from = doc.getText().indexOf("    print('Main starting')");
    const to = doc.getText().indexOf("    # report type");
    editor.selection = new vscode.Selection(doc.positionAt(from + 6), doc.positionAt(to));
    const result = await vscode.commands.executeCommand<CommandResult>(CommandIds.translateSelection);
    assert.ok(result);
    // Lines from a coroutine's body (with `await`) run as a coroutine of their own, after the file's imports.
    assert.ok(result.model.python.startsWith("import asyncio\n\nasync def selection_body():\n    print('Main starting')\n"), result.model.python);
    assert.match(result.model.programTs, /print\("Main starting"\)/);
    // No syntax errors; only that `task_coro` (defined elsewhere in the file) is not in the selection.
    const problems = vscode.languages.getDiagnostics(doc.uri).filter((d) => String(d.code).startsWith("PY"));
    assert.deepEqual(problems.map((d) => d.message), []);
  });

  it("Open TypeScript in Editor opens an untitled TypeScript document with the translation", async () => {
    await openPython("gather_return_values.py");
    const result = await vscode.commands.executeCommand<CommandResult>(CommandIds.openTypeScript);
    assert.ok(result?.editor);
    const doc = result.editor.document;
    assert.equal(doc.uri.scheme, "untitled", doc.uri.toString());
    assert.equal(doc.languageId, "typescript");
    const text = doc.getText().replace(/\r\n/g, "\n");
    assert.ok(text.startsWith('import { print, run, sleep, typeOf } from "asyncio-ts/runtime";\n\n'), text.slice(0, 80));
    const at = text.indexOf("async function taskCoro");
    assert.ok(at > 0, "taskCoro is in the text");
    assert.match(text, /async function taskCoro\(value: number\): Promise<number> \{\n {2}\/\/ sleep for a moment\n {2}await sleep\(2\);/);
    assert.match(text, /\nrun\(main\);\n?$/);
  });

  it("unsupported code gives Problems entries at the right place in the document", async () => {
    const editor = await openPython("unsupported.py");
    await vscode.commands.executeCommand(CommandIds.translateSelection);
    const diags = await waitFor("diagnostics", () => {
      const d = vscode.languages.getDiagnostics(editor.document.uri);
      return d.length > 0 && d;
    });
    const evalProblem = diags.find((d) => d.source === "asyncio-ts" && /eval/.test(d.message));
    assert.ok(evalProblem, JSON.stringify(diags));
    assert.equal(evalProblem.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(evalProblem.range.start.line, 4, "line 5 of the file");
    assert.equal(evalProblem.range.start.character, 12);
  });

  it("maps Problems of a dedented selection back to the document", async () => {
    const editor = await openPython("nested.py");
    const doc = editor.document;
    // Select the body of the for loop only (indented 8 spaces).
    const start = doc.getText().indexOf("        await");
    const end = doc.getText().indexOf("\n\nasyncio.run");
    editor.selection = new vscode.Selection(doc.positionAt(start), doc.positionAt(end));
    await vscode.commands.executeCommand(CommandIds.translateSelection);
    const diags = await waitFor("diagnostics", () => {
      const d = vscode.languages.getDiagnostics(doc.uri).filter((x) => /eval/.test(x.message));
      return d.length > 0 && d;
    });
    assert.equal(diags[0]?.range.start.line, 6);
    assert.equal(diags[0]?.range.start.character, 12);
  });

  it("offers the code action on a selection with async code", async () => {
    const editor = await openPython("gather_return_values.py");
    const doc = editor.document;
    const range = new vscode.Range(doc.positionAt(doc.getText().indexOf("async def task_coro")), doc.positionAt(doc.getText().indexOf("# coroutine used for the entry")));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>("vscode.executeCodeActionProvider", doc.uri, range);
    assert.ok(actions.some((a) => a.title === "Translate selection to TypeScript"), JSON.stringify(actions.map((a) => a.title)));
    const none = await vscode.commands.executeCommand<vscode.CodeAction[]>("vscode.executeCodeActionProvider", doc.uri, doc.lineAt(0).range);
    assert.ok(!none.some((a) => a.title === "Translate selection to TypeScript"));
  });

  it("reads its settings", async () => {
    const c = vscode.workspace.getConfiguration("asyncioTs");
    await c.update("run.timeLimitSeconds", 3, vscode.ConfigurationTarget.Global);
    await c.update("run.clock", "real", vscode.ConfigurationTarget.Global);
    try {
      await openPython("gather_return_values.py");
      const result = await vscode.commands.executeCommand<CommandResult>(CommandIds.translateSelection);
      assert.equal(result?.model.settings.timeLimitMs, 3000);
      assert.equal(result?.model.settings.clock, "real");
    } finally {
      await c.update("run.timeLimitSeconds", undefined, vscode.ConfigurationTarget.Global);
      await c.update("run.clock", undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
