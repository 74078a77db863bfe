import type { Diagnostic } from "../core/diagnostics";
export function checkTokens(_source: string): Diagnostic[] { return []; }
