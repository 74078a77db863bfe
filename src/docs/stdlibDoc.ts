/**
 * The standard-library part of docs/constructs.md and the README's module list, generated from the
 * module tables in src/translate/stdlib/ (one per module, listed in its registry).
 */
import { noteCatalog } from "../translate/notes";
import type { StdlibName } from "../translate/stdlib/module";
import { stdlibModules } from "../translate/stdlib/registry";

const escapeCell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

function noteText(entry: StdlibName): string {
  return entry.note ? `**${noteCatalog[entry.note].title}.**` : "";
}

export function stdlibMarkdown(): string[] {
  const lines = [
    "## Standard library modules",
    "",
    "Generated from the module tables in `src/translate/stdlib/`. `asyncio`, `contextlib` (above) and `time` (`perf_counter`, `monotonic`, `time`, `sleep`, `strftime` with `localtime`/`gmtime`, `ctime`) translate too.",
    "Importing any other module gives `TR2008`; a name of one of these modules that is not listed gives `TR2003` naming it.",
    "",
  ];
  for (const module of stdlibModules) {
    lines.push(`### \`${module.name}\``, "", `${module.summary[0]!.toUpperCase()}${module.summary.slice(1)}.`, "", "| Python | TypeScript | Note |", "| --- | --- | --- |");
    for (const e of module.names) {
      if (e.status === "supported") lines.push(`| \`${module.name}.${e.name}\` | ${escapeCell(e.typescript)} | ${escapeCell(noteText(e))} |`);
      else lines.push(`| \`${module.name}.${e.name}\` | not possible in JavaScript (\`TR2009\`): ${escapeCell(e.suggestion ?? "")} | |`);
    }
    lines.push("");
  }
  return lines;
}

/** The README's short list, between its `<!-- stdlib-modules -->` markers. */
export function readmeStdlibList(): string {
  return stdlibModules
    .map((m) => `- \`${m.name}\`: ${m.names.filter((e) => e.status === "supported").map((e) => `\`${e.name}\``).join(", ")}.`)
    .join("\n");
}

export const STDLIB_START = "<!-- stdlib-modules:start -->";
export const STDLIB_END = "<!-- stdlib-modules:end -->";

export function withReadmeStdlibList(readme: string): string {
  const start = readme.indexOf(STDLIB_START);
  const end = readme.indexOf(STDLIB_END);
  if (start < 0 || end < start) throw new Error("README.md lacks the stdlib-modules markers");
  return `${readme.slice(0, start + STDLIB_START.length)}\n${readmeStdlibList()}\n${readme.slice(end)}`;
}
