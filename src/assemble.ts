/**
 * Joining a translation's parts into the texts the front ends hand out. Two forms:
 * - the module form (the default): `import { run, print } from "asyncio-ts/runtime";` and the program, for a
 *   project that depends on this package;
 * - the standalone form (`--standalone`, "Copy self-contained"): the helpers the program uses, tree-shaken,
 *   then the program; runs anywhere without the package.
 * Pure string work, shared by the CLI, the panel, tests and bench.
 */
import type { Translation } from "./pipeline";

/** The module specifier translations import the runtime from (package.json `exports`). */
export const RUNTIME_MODULE = "asyncio-ts/runtime";

const TS_HEADER = "// Translated from Python by asyncio-ts.\n";
/** Longer import lines are written one name per line, as a formatter would. */
const IMPORT_WIDTH = 120;

/**
 * The import of the runtime names a program uses ("" when it uses none); types are imported with `type`, so the
 * line also compiles under `verbatimModuleSyntax`.
 */
export function importLine(names: readonly string[], types: readonly string[], js = false): string {
  const typeNames = new Set(types);
  const specifiers = names.filter((name) => !(js && typeNames.has(name))).map((name) => (typeNames.has(name) ? `type ${name}` : name));
  if (specifiers.length === 0) return "";
  const line = `import { ${specifiers.join(", ")} } from "${RUNTIME_MODULE}";`;
  return line.length <= IMPORT_WIDTH ? `${line}\n` : `import {\n${specifiers.map((s) => `  ${s},\n`).join("")}} from "${RUNTIME_MODULE}";\n`;
}

/** The translation in the module form: the import line, a blank line, the program. */
export function moduleTs(t: Translation): string {
  return joinModule(importLine(t.helpers.names, t.helpers.types), t.program.ts);
}

/** The module form as JavaScript (an ES module importing the package). */
export function moduleJs(t: Translation): string {
  return joinModule(importLine(t.helpers.names, t.helpers.types, true), t.program.js);
}

/** An import line (or "") joined with the program. */
export function joinModule(imports: string, program: string): string {
  return imports === "" ? program : `${imports}\n${program}`;
}

/** The translation as one self-contained TypeScript file: header, the helpers it uses, then the program. */
export function standaloneTs(t: Translation): string {
  return joinStandaloneTs(t.helpers.ts, t.program.ts);
}

/** standaloneTs from the two texts (what the panel keeps). */
export function joinStandaloneTs(helpersTs: string, programTs: string): string {
  if (helpersTs === "") return TS_HEADER + programTs + MODULE_MARK;
  return `${TS_HEADER}// ---- asyncio-ts helpers: Python semantics, emitted only when used ----\n\n${helpersTs}\n\n// ---- translated program ----\n\n${programTs}${MODULE_MARK}`;
}

/**
 * A file without imports is a script to TypeScript, whose top-level names are global: the helpers' `Event` and
 * `Lock` would then clash with the DOM's (in the default `lib`). The mark makes the file a module of its own.
 */
const MODULE_MARK = "\n\n// A module of its own, so the helpers' names (Event, Lock) never meet the DOM's globals.\nexport {};\n";

/** The translation as one self-contained JavaScript program: the helpers, then the program (what the runners run). */
export function standaloneJs(t: Translation): string {
  return t.helpers.js === "" ? t.program.js : `${t.helpers.js}\n\n${t.program.js}`;
}

/**
 * Where the program's pieces are in standaloneJs(t), for a trace of its run (see src/shared/tracePositions.ts):
 * Python span -> span of the runnable JavaScript, the offset where the program starts (after the helpers and a
 * blank line), and the gathers the program runs as Promise.all.
 */
export function standaloneTraceMap(t: Translation): {
  jsMap: { py: { start: number; end: number }; out: { start: number; end: number } }[];
  programStart: number;
  eagerGathers: { gather: { start: number; end: number }; calls: { start: number; end: number }[] }[];
} {
  const programStart = t.helpers.js === "" ? 0 : t.helpers.js.length + 2;
  const span = (s: { readonly start: number; readonly end: number }): { start: number; end: number } => ({ start: s.start, end: s.end });
  return {
    jsMap: t.program.jsMap.map((m) => ({ py: span(m.py), out: { start: m.js.start + programStart, end: m.js.end + programStart } })),
    programStart,
    eagerGathers: t.program.eagerGathers.map((g) => ({ gather: span(g.gather), calls: g.calls.map(span) })),
  };
}
