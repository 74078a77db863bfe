/** A typed view of the `asyncioTs.*` settings declared in package.json (contributes.configuration). */
import * as vscode from "vscode";
import type { RunSettings } from "../shared/protocol";

export const CONFIG_SECTION = "asyncioTs";

export type Clock = "virtual" | "real";

export interface AsyncioTsConfig {
  /** Interpreter for "Compare with Python"; "" means the Python extension's interpreter, else python3. */
  readonly pythonPath: string;
  /** Wall-clock limit for one run of the translation (and of Python), in seconds. */
  readonly timeLimitSeconds: number;
  /** Limit on a run's output, in KiB. */
  readonly maxOutputKiB: number;
  /** Clock a run starts with (the panel has a toggle). */
  readonly clock: Clock;
  /** Show each output line with the virtual time it was printed at. */
  readonly showTimestamps: boolean;
  /** Show the asyncio-ts helpers below the program in the panel, unfolded. */
  readonly showHelpers: boolean;
  /** Copy/Save/Open give the self-contained form (helpers inlined) instead of the import of asyncio-ts/runtime. */
  readonly standalone: boolean;
  /** The panel follows its Python: edits re-translate after a pause. */
  readonly live: boolean;
  /** The pause after the last edit before re-translating, in ms. */
  readonly liveDelayMs: number;
  /** Run each live re-translation that has no errors. */
  readonly autoRun: boolean;
}

export function readConfig(scope?: vscode.ConfigurationScope): AsyncioTsConfig {
  const c = vscode.workspace.getConfiguration(CONFIG_SECTION, scope);
  return {
    pythonPath: c.get<string>("pythonPath", "").trim(),
    timeLimitSeconds: clamp(c.get<number>("run.timeLimitSeconds", 10), 1, 600),
    maxOutputKiB: clamp(c.get<number>("run.maxOutputKiB", 1024), 1, 64 * 1024),
    clock: c.get<string>("run.clock", "virtual") === "real" ? "real" : "virtual",
    showTimestamps: c.get<boolean>("output.showTimestamps", true),
    showHelpers: c.get<boolean>("output.showHelpers", false),
    standalone: c.get<boolean>("output.standalone", false),
    live: c.get<boolean>("live", true),
    liveDelayMs: clamp(c.get<number>("liveDelay", 200), 0, 5000),
    autoRun: c.get<boolean>("autoRun", false),
  };
}

/** What a translation's panel model carries of the settings. */
export function runSettings(config: AsyncioTsConfig): RunSettings {
  return {
    clock: config.clock,
    timeLimitMs: config.timeLimitSeconds * 1000,
    maxOutputBytes: config.maxOutputKiB * 1024,
    showTimestamps: config.showTimestamps,
    showHelpers: config.showHelpers,
    standalone: config.standalone,
  };
}

function clamp(value: number, min: number, max: number): number {
  return Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : min;
}

/**
 * The Python used for comparisons: the setting when given; else the interpreter selected in the Python
 * extension (ms-python.python) when it is installed; else `python3`.
 */
export async function resolvePythonInterpreter(resource?: vscode.Uri): Promise<string> {
  const configured = readConfig(resource).pythonPath;
  if (configured) return configured;
  const pythonExt = vscode.extensions.getExtension<PythonExtensionApi>("ms-python.python");
  if (pythonExt) {
    try {
      const api = pythonExt.isActive ? pythonExt.exports : await pythonExt.activate();
      const env = api?.environments?.getActiveEnvironmentPath?.(resource);
      if (env?.path) {
        const resolved = await api.environments?.resolveEnvironment?.(env);
        return resolved?.executable?.uri?.fsPath ?? env.path;
      }
    } catch {
      // The Python extension failing must not stop a comparison: fall back to python3.
    }
  }
  return "python3";
}

/** The small part of the Python extension's API used here (see @vscode/python-extension). */
interface PythonExtensionApi {
  readonly environments?: {
    getActiveEnvironmentPath?(resource?: vscode.Uri): { readonly id: string; readonly path: string };
    resolveEnvironment?(env: { readonly id: string; readonly path: string }): Promise<{ readonly executable?: { readonly uri?: vscode.Uri } } | undefined>;
  };
}
