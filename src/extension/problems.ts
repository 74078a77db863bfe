/** Diagnostics of a translation in the Problems panel, at their place in the user's document. */
import * as vscode from "vscode";
import type { DocumentDiagnostic } from "./translateJob";

export function setProblems(collection: vscode.DiagnosticCollection, document: vscode.TextDocument, diagnostics: readonly DocumentDiagnostic[]): void {
  collection.set(
    document.uri,
    diagnostics.map((d) => {
      const start = document.positionAt(d.start);
      let end = document.positionAt(d.end);
      if (end.isEqual(start)) end = document.lineAt(start.line).range.end.isAfter(start) ? start.translate(0, 1) : start;
      const diag = new vscode.Diagnostic(new vscode.Range(start, end), d.message, severity(d.severity));
      diag.code = d.code;
      diag.source = "asyncio-ts";
      return diag;
    }),
  );
}

function severity(s: "error" | "warning" | "info"): vscode.DiagnosticSeverity {
  return s === "error" ? vscode.DiagnosticSeverity.Error : s === "warning" ? vscode.DiagnosticSeverity.Warning : vscode.DiagnosticSeverity.Information;
}
