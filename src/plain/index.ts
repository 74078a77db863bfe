/**
 * The plain-TypeScript view of a Python program: beside the exact translation (which imports asyncio-ts/runtime
 * and keeps CPython's semantics), what a TypeScript developer writes with the platform alone. It is the exact
 * translation's IR rewritten (./rewrite.ts) and printed by the same printer, so its spans map back to the Python;
 * each way it may behave otherwise than CPython is a difference with its cause, and what the platform lacks is
 * refused (PT4001) with a pointer to the exact translation instead of being invented.
 */
import { moduleTs } from "../assemble";
import { diagnostic, type Diagnostic, type Span } from "../core/diagnostics";
import { runtimeNames, translate, translateParsedWithIr, type SpanPair, type Translation } from "../pipeline";
import { createPythonParser } from "../python/parser";
import { MAX_SOURCE_BYTES } from "../python/sourceText";
import { printProgram } from "../ts/printer";
import { differenceCatalog, type PlainDifference } from "./differences";
import { plainProgram, type TimerImport } from "./rewrite";

/** A runtime name with no plain form: where it is in the Python, and where the exact translation has it. */
export interface PlainRefusal extends Diagnostic {
  /** The runtime name refused (`TaskGroup`, `Task.cancel`...). */
  readonly name: string;
  /** The span of the exact translation's module text (`moduleTs`) that translates it, when there is one. */
  readonly exact: Span | null;
}

export interface PlainTranslation {
  /** False when the plain view refuses (see `refusals`) or the exact translation itself failed. */
  readonly ok: boolean;
  /** The plain TypeScript module ("" when not ok). */
  readonly ts: string;
  /** The same as JavaScript (an ES module). */
  readonly js: string;
  /** Python span -> span of `ts`. */
  readonly map: readonly SpanPair[];
  readonly differences: readonly PlainDifference[];
  readonly refusals: readonly PlainRefusal[];
  /** What `node:timers/promises` gives the program (for a runner that provides it without the import). */
  readonly timerImports: readonly TimerImport[];
  /** The program without its import line, as JavaScript: what src/run/plainRun.ts runs. */
  readonly programJs: string;
  /** The exact translation it was made from (its diagnostics explain a failure). */
  readonly exact: Translation;
}

const TIMERS_MODULE = "node:timers/promises";

export async function translatePlain(source: string): Promise<PlainTranslation> {
  const { translation: exact, ir } = source.length > MAX_SOURCE_BYTES ? { translation: await translate(source), ir: null } : translateParsedWithIr(source, (await createPythonParser()).parse(source));
  const empty = { ts: "", js: "", map: [], differences: [], refusals: [], timerImports: [], programJs: "", exact };
  if (!exact.ok || !ir) return { ok: false, ...empty };
  const plain = plainProgram(ir, runtimeNames);
  const printed = printProgram(plain.program, "ts");
  const printedJs = printProgram(plain.program, "js");
  // A safety net under the rewrite's tables: a runtime name the printed program still refers to is refused too.
  const declared = new Set<string>([...plain.timerImports, ...plain.program.body.flatMap((s) => (s.kind === "ClassDecl" ? [s.name] : []))]);
  const leftover = [...new Set([...printed.valueNames, ...printed.typeNames])].filter((name) => runtimeNames.has(name) && !declared.has(name) && !plain.refusals.some((r) => r.name === name));
  const exactModule = moduleTs(exact);
  const exactOffset = exactModule.length - exact.program.ts.length;
  const refusals: PlainRefusal[] = [...plain.refusals, ...leftover.map((name) => ({ name, message: `\`${name}\` has no plain TypeScript form here`, py: { start: 0, end: 0 } }))].map((r) => {
    const at = closest(exact.program.map, r.py);
    return { ...diagnostic("PT4001", r.py, r.message), name: r.name, exact: at && { start: at.ts.start + exactOffset, end: at.ts.end + exactOffset } };
  });
  if (refusals.length > 0) return { ok: false, ...empty, refusals: refusals.sort((a, b) => a.span.start - b.span.start) };
  const head = importLine(plain.timerImports);
  const tail = head === "" ? "\n// An ES module: top-level await needs one.\nexport {};\n" : "";
  const offset = head.length;
  const map = printed.mappings.map((m) => ({ py: { start: m.py.start, end: m.py.end }, ts: { start: m.out.start + offset, end: m.out.end + offset } }));
  const differences = plain.differences.map((d): PlainDifference => {
    const at = closest(map, d.py);
    return { kind: d.kind, ...differenceCatalog[d.kind], py: d.py, ts: at ? at.ts : null };
  });
  return {
    ok: true,
    ts: head + printed.text + tail,
    js: head + printedJs.text + tail,
    map,
    differences: differences.sort((a, b) => a.py.start - b.py.start || a.kind.localeCompare(b.kind)),
    refusals: [],
    timerImports: plain.timerImports,
    programJs: printedJs.text,
    exact,
  };
}

function importLine(names: readonly TimerImport[]): string {
  if (names.length === 0) return "";
  const specifiers = names.map((name) => (name === "sleep" ? "setTimeout as sleep" : name));
  return `import { ${specifiers.join(", ")} } from "${TIMERS_MODULE}";\n\n`;
}

/** The mapping of exactly this Python span, else the smallest one that contains it. */
function closest(map: readonly SpanPair[], py: Span): SpanPair | null {
  let best: SpanPair | null = null;
  for (const m of map) {
    if (m.py.start === py.start && m.py.end === py.end) return m;
    if (m.py.start <= py.start && m.py.end >= py.end && (!best || m.py.end - m.py.start < best.py.end - best.py.start)) best = m;
  }
  return best;
}
