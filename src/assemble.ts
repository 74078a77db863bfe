/**
 * Joining a translation's parts into the texts the front ends hand out: the TypeScript a user reads, copies or
 * saves, and the JavaScript a runner executes. Pure string work, shared by the CLI, the panel, tests and bench.
 */
import type { Translation } from "./pipeline";

const TS_HEADER = "// Translated from Python by asyncio-ts.\n";

/** The translation as one self-contained TypeScript file: header, the helpers it uses, then the program. */
export function standaloneTs(t: Translation): string {
  return joinStandaloneTs(t.helpers.ts, t.program.ts);
}

/** standaloneTs from the two texts (what the panel keeps). */
export function joinStandaloneTs(helpersTs: string, programTs: string): string {
  if (helpersTs === "") return TS_HEADER + programTs;
  return `${TS_HEADER}// ---- asyncio-ts helpers: Python semantics, emitted only when used ----\n\n${helpersTs}\n\n// ---- translated program ----\n\n${programTs}`;
}

/** The translation as one self-contained JavaScript program: the helpers, then the program. */
export function standaloneJs(t: Translation): string {
  return t.helpers.js === "" ? t.program.js : `${t.helpers.js}\n\n${t.program.js}`;
}
