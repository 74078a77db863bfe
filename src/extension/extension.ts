/** Entry point: activate() only registers commands, the code action and the panel serializer. */
import * as vscode from "vscode";
import { Commands, TranslateCodeActionProvider } from "./commands";
import { VIEW_TYPE } from "../shared/protocol";
import { RunPanelSerializer } from "./runPanel";

export function activate(context: vscode.ExtensionContext): { activationMs: number } {
  const started = performance.now();
  context.subscriptions.push(
    new Commands(context.extensionUri),
    vscode.languages.registerCodeActionsProvider({ language: "python" }, new TranslateCodeActionProvider(), {
      providedCodeActionKinds: TranslateCodeActionProvider.kinds,
    }),
    vscode.window.registerWebviewPanelSerializer(VIEW_TYPE, new RunPanelSerializer(context.extensionUri)),
  );
  return { activationMs: performance.now() - started };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
