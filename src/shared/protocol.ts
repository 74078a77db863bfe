/**
 * Everything the extension host and the webview say to each other: the only module both sides import.
 * Plain data (structured-clone safe), no `vscode`, no DOM.
 */

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface PanelNote {
  readonly id: string;
  readonly title: string;
  readonly body: string;
  /** Span in `PanelModel.python`. */
  readonly span: Span;
}

export interface PanelDiagnostic {
  readonly code: string;
  readonly severity: "error" | "warning" | "info";
  readonly message: string;
  /** Span in `PanelModel.python`. */
  readonly span: Span;
  /** Where it is in the user's document (1-based), for display. */
  readonly line: number;
  readonly column: number;
}

/** A span of the Python and the span of `programTs` it became. */
export interface PanelMapping {
  readonly py: Span;
  readonly ts: Span;
}

export interface RunSettings {
  readonly clock: "virtual" | "real";
  readonly timeLimitMs: number;
  readonly maxOutputBytes: number;
  readonly showTimestamps: boolean;
  readonly showHelpers: boolean;
  /** Copy, Save and Open give the self-contained form (helpers inlined) instead of the import of asyncio-ts/runtime. */
  readonly standalone: boolean;
}

/** One translation as the panel shows it. */
export interface PanelModel {
  /** Name of the document the Python came from, for the title. */
  readonly fileName: string;
  /** The Python program (the dedented selection, with the file's imports it needs in front). */
  readonly python: string;
  /** The translated program alone. */
  readonly programTs: string;
  /** The import of the runtime names the program uses (`import { run } from "asyncio-ts/runtime";`), or "". */
  readonly importTs: string;
  /** The helpers it needs, as TypeScript (shown folded; inlined by "Copy self-contained"). */
  readonly helpersTs: string;
  /** What the Run button executes. */
  readonly js: string;
  readonly ok: boolean;
  readonly notes: readonly PanelNote[];
  readonly diagnostics: readonly PanelDiagnostic[];
  readonly map: readonly PanelMapping[];
  /** What the loop trace needs to point back at the Python: spans of `js`, where the program starts in it, the gathers run as Promise.all. */
  readonly traceMap: PanelTraceMap;
  readonly settings: RunSettings;
  /** The plain-TypeScript view (src/plain): absent in a state saved before it existed. */
  readonly plain?: PanelPlain;
}

/** What a TypeScript developer writes with the platform alone, its differences from CPython, or why there is none. */
export interface PanelPlain {
  readonly ok: boolean;
  /** The plain module ("" when refused). */
  readonly ts: string;
  /** Python span -> span of `ts`. */
  readonly map: readonly PanelMapping[];
  readonly differences: readonly PanelDifference[];
  readonly refusals: readonly PanelRefusal[];
  /** What the host's runner executes for "Run plain TypeScript" (never taken from the webview). */
  readonly runJs: string;
}

export interface PanelDifference {
  readonly kind: string;
  readonly title: string;
  readonly explanation: string;
  /** Span in `PanelModel.python`. */
  readonly py: Span;
  /** Span in `PanelPlain.ts`. */
  readonly ts: Span | null;
  /** Line and column in the Python, and in the plain TypeScript (1-based). */
  readonly line: number;
  readonly column: number;
  readonly tsLine: number | null;
  readonly tsColumn: number | null;
}

export interface PanelRefusal {
  readonly code: string;
  readonly message: string;
  /** Span in `PanelModel.python`, and where the user's document has it (1-based). */
  readonly span: Span;
  readonly line: number;
  readonly column: number;
  /** The exact translation's span for it, in `PanelModel.programTs`. */
  readonly exact: Span | null;
}

/** A run of the plain TypeScript by the host's worker runner. */
export interface PlainRunResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
  readonly wallMs: number;
  readonly clock: "virtual" | "real";
}

export interface PanelTraceMap {
  readonly jsMap: readonly { readonly py: Span; readonly out: Span }[];
  readonly programStart: number;
  readonly eagerGathers: readonly { readonly gather: Span; readonly calls: readonly Span[] }[];
}

export interface PythonResult {
  readonly python: string;
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number | null;
  readonly timedOut: boolean;
  readonly error?: string;
  readonly ms: number;
}

/** A live re-translation: when the edit it follows was made, and how long the translation took (for the figures). */
export interface LiveTiming {
  /** Date.now() at the last edit the translation includes. */
  readonly editedAt: number;
  /** The translation job's own time (in the worker), ms. */
  readonly translateMs: number;
  /** Date.now() when the host posted the new model to the panel. */
  readonly postedAt: number;
}

/** Host -> webview. */
export type ToWebview =
  | { readonly type: "show"; readonly model: PanelModel; readonly autoRun: boolean; readonly live?: LiveTiming }
  /** The Python changed: what is shown is out of date until the next "show". */
  | { readonly type: "stale" }
  /** Live translation stopped (the lines were deleted, the document closed...): why. */
  | { readonly type: "liveEnded"; readonly text: string }
  | { readonly type: "run" }
  | { readonly type: "compareStarted"; readonly python: string }
  | { readonly type: "pythonResult"; readonly result: PythonResult }
  | { readonly type: "plainResult"; readonly result: PlainRunResult }
  | { readonly type: "status"; readonly text: string };

/** Webview -> host. */
export type FromWebview =
  | { readonly type: "ready" }
  | { readonly type: "compare" }
  | { readonly type: "copy" }
  | { readonly type: "copySelfContained" }
  | { readonly type: "openInEditor" }
  | { readonly type: "saveAs" }
  | { readonly type: "revealPython"; readonly span: Span }
  | { readonly type: "runPlain"; readonly clock: "virtual" | "real" }
  | { readonly type: "runFinished"; readonly exitCode: number; readonly lines: number; readonly stopped: string | null };

/** What the webview keeps with setState (and the serializer gets back after a reload). */
export interface WebviewState {
  readonly model: PanelModel;
  readonly clock: "virtual" | "real";
  /** Which translation the TypeScript pane shows (absent: the exact one). */
  readonly view?: "exact" | "plain";
}

export const VIEW_TYPE = "asyncioTs.panel";

/**
 * Checks a webview message by its whole shape, not only its `type`: the webview runs code the user
 * pasted and a translation of it, so what it sends is input. A malformed message is ignored (and logged).
 */
export function isFromWebview(value: unknown): value is FromWebview {
  if (!isRecord(value)) return false;
  switch (value.type) {
    case "ready":
    case "compare":
    case "copy":
    case "copySelfContained":
    case "openInEditor":
    case "saveAs":
      return true;
    case "revealPython":
      return isSpan(value.span);
    case "runPlain":
      return value.clock === "virtual" || value.clock === "real";
    case "runFinished":
      return Number.isInteger(value.exitCode) && Number.isInteger(value.lines) && (value.lines as number) >= 0 && (value.stopped === null || typeof value.stopped === "string");
    default:
      return false;
  }
}

/** The host's messages as the webview checks them (the same rule both ways). */
export function isToWebview(value: unknown): value is ToWebview {
  if (!isRecord(value)) return false;
  switch (value.type) {
    case "show":
      return isRecord(value.model) && typeof value.model.python === "string" && typeof value.model.js === "string" && typeof value.autoRun === "boolean" && (value.live === undefined || isLiveTiming(value.live));
    case "stale":
    case "run":
      return true;
    case "compareStarted":
      return typeof value.python === "string";
    case "pythonResult":
      return isPythonResult(value.result);
    case "plainResult":
      return isPlainRunResult(value.result);
    case "status":
    case "liveEnded":
      return typeof value.text === "string";
    default:
      return false;
  }
}

function isLiveTiming(value: unknown): value is LiveTiming {
  return isRecord(value) && typeof value.editedAt === "number" && typeof value.translateMs === "number" && typeof value.postedAt === "number";
}

function isPythonResult(value: unknown): value is PythonResult {
  return (
    isRecord(value) &&
    typeof value.python === "string" &&
    typeof value.stdout === "string" &&
    typeof value.stderr === "string" &&
    (value.exitCode === null || Number.isInteger(value.exitCode)) &&
    typeof value.timedOut === "boolean" &&
    (value.error === undefined || typeof value.error === "string") &&
    typeof value.ms === "number"
  );
}

function isPlainRunResult(value: unknown): value is PlainRunResult {
  return (
    isRecord(value) &&
    typeof value.stdout === "string" &&
    typeof value.stderr === "string" &&
    Number.isInteger(value.exitCode) &&
    typeof value.wallMs === "number" &&
    (value.clock === "virtual" || value.clock === "real")
  );
}

function isSpan(value: unknown): value is Span {
  return isRecord(value) && Number.isInteger(value.start) && Number.isInteger(value.end) && (value.start as number) >= 0 && (value.start as number) <= (value.end as number);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
