/**
 * How long the translations are: the program part's TypeScript lines per Python line, over every fixture
 * (blank lines not counted on either side; the import line and the helpers are not part of the program).
 * Prints the median, the worst ten with their names, and how many are above 2. Target: median <= 1.2, none > 2.
 *   npx tsx scripts/ratio.ts [--all]   (--all: every fixture, sorted)
 */
import { translateParsed } from "../src/pipeline";
import { createPythonParser } from "../src/python/parser";
import { loadFixtures } from "../test/support/fixtures";

const lines = (text: string): number => text.split("\n").filter((l) => l.trim() !== "").length;

async function main(): Promise<void> {
  const parser = await createPythonParser();
  const rows = loadFixtures()
    .map((f) => {
      const t = translateParsed(f.source, parser.parse(f.source));
      const py = lines(f.source);
      const ts = lines(t.program.ts);
      return { name: f.name, py, ts, ratio: py === 0 ? 0 : ts / py, ok: t.ok };
    })
    .filter((r) => r.ok && r.py > 0)
    .sort((a, b) => b.ratio - a.ratio);
  const ratios = rows.map((r) => r.ratio).sort((a, b) => a - b);
  const mid = ratios.length / 2;
  const median = ratios.length % 2 === 1 ? ratios[Math.floor(mid)]! : (ratios[mid - 1]! + ratios[mid]!) / 2;
  const total = rows.reduce((sum, r) => ({ py: sum.py + r.py, ts: sum.ts + r.ts }), { py: 0, ts: 0 });
  const show = (r: (typeof rows)[number]): string => `  ${r.ratio.toFixed(2)}  ${r.name} (${r.py} Python, ${r.ts} TypeScript lines)`;
  console.log(`TypeScript lines per Python line, program part, ${rows.length} fixtures that translate without errors (blank lines not counted):`);
  console.log(`  median ${median.toFixed(2)}, overall ${(total.ts / total.py).toFixed(2)} (${total.ts} / ${total.py}), above 2: ${rows.filter((r) => r.ratio > 2).length}, above 1.2: ${rows.filter((r) => r.ratio > 1.2).length}`);
  console.log(process.argv.includes("--all") ? "All:" : "Worst ten:");
  for (const r of process.argv.includes("--all") ? rows : rows.slice(0, 10)) console.log(show(r));
}

void main();
