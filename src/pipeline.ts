/**
 * The whole pipeline: Python text -> parse -> translate -> the translation in parts: the program (TypeScript to
 * read, JavaScript to run, and a map from its spans back to the Python's), the runtime helpers it uses, notes
 * and diagnostics. Front ends join the parts they need (see ./assemble); nothing here knows how they are shown.
 */
import { createPythonParser, type PythonParser } from "./python/parser";
import { linkLocalModules, type LinkedProgram, type ModuleResolver } from "./python/localModules";
import { LineMap } from "./core/lineMap";
import { MAX_SOURCE_BYTES } from "./python/sourceText";
import type { Module } from "./python/ast";
import { helperUnits, helpersFor, type HelperUnit } from "./runtime/helperTable.generated";
import { translateModule, type EagerGather } from "./translate/index";
import type { NoteUse } from "./translate/notes";
import { printProgram } from "./ts/printer";
import type * as ir from "./ts/ir";
import { diagnostic, hasErrors, type Diagnostic, type Span } from "./core/diagnostics";

/** A span of the Python source and the span of `program.ts` it became (both plain offsets). */
export interface SpanPair {
  readonly py: Span;
  readonly ts: Span;
}

/** The translated program alone: no header, no helpers, no import line. */
export interface ProgramPart {
  readonly ts: string;
  readonly js: string;
  /** Offsets are within `ts` and within the Python source. */
  readonly map: readonly SpanPair[];
  /** Python span -> span of `js` (offsets within `js`): what a trace of the run points back with. */
  readonly jsMap: readonly { readonly py: Span; readonly js: Span }[];
  /** The gathers the program runs as Promise.all, so a trace can give their coroutines CPython's tasks. */
  readonly eagerGathers: readonly EagerGather[];
}

/** The runtime helpers the program uses. */
export interface HelpersPart {
  /** The runtime's exported names the program refers to (values and types), sorted: what it imports. */
  readonly names: readonly string[];
  /** Those of `names` that are types only (imported with `type`). */
  readonly types: readonly string[];
  /** The helper units that define them, with their dependencies, in emission order. */
  readonly units: readonly string[];
  /** Those units' text, tree-shaken to what the program uses, as TypeScript and as JavaScript. */
  readonly ts: string;
  readonly js: string;
}

export interface Translation {
  /** False when there are errors: the program is then partial (unsupported parts left out). */
  readonly ok: boolean;
  readonly program: ProgramPart;
  readonly helpers: HelpersPart;
  readonly notes: readonly NoteUse[];
  readonly diagnostics: readonly Diagnostic[];
}

const allHelperNames: ReadonlySet<string> = new Set(helperUnits.flatMap((u) => u.exports));

const noHelpers: HelpersPart = { names: [], types: [], units: [], ts: "", js: "" };
const typeOnly: ReadonlySet<string> = new Set(helperUnits.flatMap((u) => u.types));

/**
 * Every name the helpers declare at their top level, exported or not (`splitGroup`, `iterOf`...): the
 * program's own names must differ from all of them, since helpers and program share one scope.
 */
const helperDeclaredNames: ReadonlySet<string> = new Set([
  ...allHelperNames,
  ...helperUnits.flatMap((u) => [...u.ts.matchAll(/^(?:declare )?(?:async )?(?:function\*?|const|let|var|class|abstract class|type|interface|enum) ([A-Za-z_$][\w$]*)/gm)].map((m) => m[1]!)),
]);

/**
 * The helpers' text, one unit after another. The helpers are most of a standalone translation (tens of KB):
 * `+` makes a rope in constant time, where `join` would copy them all into a new string on every translation;
 * the rope is flattened once, by whoever reads the output.
 */
function helperText(units: readonly HelperUnit[], which: "ts" | "js"): string {
  let text = "";
  for (const unit of units) text = text === "" ? unit[which].trimEnd() : text + "\n\n" + unit[which].trimEnd();
  return text;
}

export interface TranslateOptions {
  /** Finds the program's local modules (`from util import delay`); without it, such imports are reported. */
  readonly modules?: ModuleResolver;
}

export async function translate(source: string, options: TranslateOptions = {}): Promise<Translation> {
  if (source.length > MAX_SOURCE_BYTES) {
    const tooLarge = diagnostic("PY1099", { start: 0, end: 0 }, `input too large: ${source.length} characters, the most asyncio-ts translates is ${MAX_SOURCE_BYTES}`);
    return { ok: false, program: { ts: "", js: "", map: [], jsMap: [], eagerGathers: [] }, helpers: noHelpers, notes: [], diagnostics: [tooLarge] };
  }
  const parser = await createPythonParser();
  const parsed = parser.parse(source);
  // A program that does not parse is reported as it is, before any module is looked for.
  const linked = options.modules && !hasErrors(parsed.diagnostics) ? linkLocalModules(source, parsed, parser, options.modules) : null;
  if (!linked) return translateParsed(source, parsed);
  return translateLinked(linked, parser);
}

/**
 * A program with its local modules in front (see python/localModules.ts), translated as one module; the
 * result speaks of the program's own text: its spans are moved back, and a problem in a module is reported
 * at the import that brought the module in, with the module's file and position in the message.
 */
function translateLinked(linked: LinkedProgram, parser: PythonParser): Translation {
  const start = linked.programStart;
  const programLines = new LineMap(linked.source.slice(start));
  // The modules are in source order: the last one starting at or before the offset holds it.
  const moduleAt = (offset: number) => linked.modules.reduce((found, m) => (m.start <= offset ? m : found));
  const lineOf = (offset: number) => {
    if (offset >= start) return programLines.position(offset - start).line;
    const m = moduleAt(offset);
    return m.lines.position(offset - m.start).line;
  };
  const parsed = parser.parse(linked.source);
  const module: Module = { ...parsed.module, body: parsed.module.body.filter((s) => !linked.dropped.has(s.start)) };
  const { translation: t } = translateParsedWithIr(linked.source, { module, diagnostics: parsed.diagnostics }, lineOf);
  const own = (span: Span) => span.start >= start;
  const moved = (span: Span): Span => ({ start: span.start - start, end: span.end - start });
  const relocated = (d: Diagnostic): Diagnostic => {
    if (own(d.span)) return { ...d, span: moved(d.span) };
    const m = moduleAt(d.span.start);
    return { ...d, span: m.importedAt, message: `in ${m.path}:${m.lines.format(d.span.start - m.start)}: ${d.message}` };
  };
  const diagnostics = [...linked.diagnostics, ...t.diagnostics.map(relocated)];
  // A repr names the program's file: a task of a module's coroutine would show the wrong file and line.
  if (linked.modules.length > 0 && (t.helpers.names.includes("coroutineAt") || t.helpers.names.includes("functionAt"))) {
    diagnostics.push(diagnostic("TR3001", linked.modules[0]!.importedAt, `printed tasks, coroutines and callbacks of functions defined in the local module \`${linked.modules[0]!.name}\` show this program's file and a line of their own module, where CPython shows the module's file`));
  }
  const program: ProgramPart = {
    ...t.program,
    map: t.program.map.filter((m) => own(m.py)).map((m) => ({ ...m, py: moved(m.py) })),
    jsMap: t.program.jsMap.filter((m) => own(m.py)).map((m) => ({ ...m, py: moved(m.py) })),
    eagerGathers: t.program.eagerGathers.filter((g) => own(g.gather)).map((g) => ({ gather: moved(g.gather), calls: g.calls.filter(own).map(moved) })),
  };
  return { ...t, ok: !hasErrors(diagnostics), program, notes: t.notes.filter((n) => own(n.span)).map((n) => ({ ...n, span: moved(n.span) })), diagnostics };
}

export function translateParsed(source: string, parsed: { module: Module; diagnostics: readonly Diagnostic[] }): Translation {
  return translateParsedWithIr(source, parsed).translation;
}

/** The runtime's exported names (values and types): what a program refers to when it uses a helper. */
export const runtimeNames: ReadonlySet<string> = allHelperNames;

/** translateParsed, and the program's IR too (null when the source does not parse), for other styles of output (src/plain). */
export function translateParsedWithIr(source: string, parsed: { module: Module; diagnostics: readonly Diagnostic[] }, lineOf?: (offset: number) => number): { translation: Translation; ir: ir.Program | null } {
  const parseErrors = parsed.diagnostics;
  if (hasErrors(parseErrors)) {
    return { translation: { ok: false, program: { ts: "", js: "", map: [], jsMap: [], eagerGathers: [] }, helpers: noHelpers, notes: [], diagnostics: parseErrors }, ir: null };
  }
  const result = translateModule(parsed.module, source, helperDeclaredNames, lineOf);
  const program = printProgram(result.program, "ts");
  const programJs = printProgram(result.program, "js");
  // What the program uses: the helpers the translator asked for, and every runtime name the program text reads
  // (an exception class named directly, a type named only in an annotation such as `Coroutine<number>`). The
  // program's own names never equal a runtime name: those are reserved when names are allocated.
  const read = [...program.typeNames, ...program.valueNames].filter((name) => allHelperNames.has(name));
  const used = new Set([...result.helpers, ...read]);
  const missing = [...used].filter((name) => !allHelperNames.has(name));
  const names = [...used].filter((name) => allHelperNames.has(name)).sort();
  const units = helpersFor(names);
  const diagnostics = [
    ...parseErrors,
    ...result.diagnostics,
    ...missing.map((name) => diagnostic("TR2005", { start: 0, end: 0 }, `the runtime helper \`${name}\` this translation needs is not available yet`)),
  ];
  const translation: Translation = {
    ok: !hasErrors(diagnostics),
    program: {
      ts: program.text,
      js: programJs.text,
      map: program.mappings.map((m) => ({ py: { start: m.py.start, end: m.py.end }, ts: { start: m.out.start, end: m.out.end } })),
      jsMap: programJs.mappings.map((m) => ({ py: { start: m.py.start, end: m.py.end }, js: { start: m.out.start, end: m.out.end } })),
      eagerGathers: result.eagerGathers,
    },
    helpers: { names, types: names.filter((name) => typeOnly.has(name)), units: units.map((u) => u.name), ts: helperText(units, "ts"), js: helperText(units, "js") },
    notes: result.notes,
    diagnostics,
  };
  return { translation, ir: result.program };
}
