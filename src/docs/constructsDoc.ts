/**
 * docs/constructs.md and the README's API list, generated from the asyncio table
 * (src/translate/asyncioApi.ts) so that the documentation cannot drift from the translator.
 */
import { asyncioApi, impossibleModules, qualifiedApiName, type AsyncioApiEntry } from "../translate/asyncioApi";
import { noteCatalog } from "../translate/notes";
import { stdlibMarkdown } from "./stdlibDoc";

const escapeCell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");
/** `asyncio.sleep`; methods of asyncio's objects (`loop.call_soon`, `Future.add_done_callback`) as they are. */

function noteText(entry: AsyncioApiEntry): string {
  return entry.note ? `**${noteCatalog[entry.note].title}.** ${noteCatalog[entry.note].body}` : "";
}

export function constructsMarkdown(): string {
  const lines = [
    "# asyncio constructs",
    "",
    "Generated from `src/translate/asyncioApi.ts` by `npm run docs` (a test checks it is current).",
    "",
    "## Supported",
    "",
    "| Python | TypeScript | Note |",
    "| --- | --- | --- |",
    ...asyncioApi.filter((e) => e.status === "supported").map((e) => `| \`${qualifiedApiName(e)}\` | \`${escapeCell(e.typescript)}\` | ${escapeCell(noteText(e))} |`),
    "",
    "## Not supported yet",
    "",
    asyncioApi.some((e) => e.status === "planned")
      ? "Using one of these, or an asyncio name not on this page, gives a `TR2003` diagnostic at its place; the rest of the program still translates."
      : "Using an asyncio name not on this page gives a `TR2003` diagnostic at its place; the rest of the program still translates.",
    "",
    ...asyncioApi.filter((e) => e.status === "planned").map((e) => `- \`${qualifiedApiName(e)}\``),
    ...(asyncioApi.some((e) => e.status === "planned") ? [""] : []),
    "## Not possible in JavaScript",
    "",
    "Using one of these gives a `TR2009` diagnostic that names the JavaScript way to do it.",
    "",
    "| Python | Instead |",
    "| --- | --- |",
    ...asyncioApi.filter((e) => e.status === "impossible").map((e) => `| \`${qualifiedApiName(e)}\` | ${escapeCell(e.suggestion ?? "")} |`),
    "",
    "Importing one of these modules gives a `TR2009` diagnostic too:",
    "",
    "| Python | Instead |",
    "| --- | --- |",
    ...[...impossibleModules].map(([name, suggestion]) => `| \`import ${name}\` | ${escapeCell(suggestion)} |`),
    "",
    ...stdlibMarkdown(),
  ];
  return lines.join("\n");
}

/** The short list for the README, between its `<!-- asyncio-api -->` markers. */
export function readmeApiList(): string {
  const names = (status: AsyncioApiEntry["status"]) =>
    asyncioApi
      .filter((e) => e.status === status)
      .map((e) => `\`${e.module ? qualifiedApiName(e) : e.name}\``)
      .join(", ");
  return [
    `- **Supported:** ${names("supported")}.`,
    `- **Not yet:** ${names("planned") || "every other asyncio name"} (a \`TR2003\` diagnostic says where).`,
    `- **Not possible in JavaScript** (a diagnostic suggests the JS way): ${names("impossible")}.`,
  ].join("\n");
}

export const README_START = "<!-- asyncio-api:start -->";
export const README_END = "<!-- asyncio-api:end -->";

export function withReadmeApiList(readme: string): string {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start) throw new Error("README.md lacks the asyncio-api markers");
  return `${readme.slice(0, start + README_START.length)}\n${readmeApiList()}\n${readme.slice(end)}`;
}
