/**
 * How far the plain-TypeScript view goes. For each program (default: lessons/*.py and test/fixtures/*.py, counted
 * apart), whether it has a plain form, and if so whether what it prints (the worker runner, virtual clock) is
 * CPython's output (NAME.out beside a fixture, else python3 run now). Prints the figures per group, the refused
 * runtime names and the difference kinds by count, and the programs whose output differs although the view
 * lists no difference (each one is a difference the view does not know of). A script, not a test:
 * `npx tsx scripts/plain-measure.ts [FILES...]`.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { translatePlain } from "../src/plain/index";
import { runPlain } from "../src/run/plainRun";

interface Tally {
  programs: number;
  exactFailed: number;
  plainForm: number;
  same: number;
}

const pythonFiles = (dir: string): string[] => readdirSync(dir).filter((f) => f.endsWith(".py")).sort().map((f) => join(dir, f));

async function main(): Promise<void> {
  const given = process.argv.slice(2);
  const groups: [string, string[]][] = given.length > 0 ? [["given", given]] : [["lessons", pythonFiles("lessons")], ["fixtures", pythonFiles("test/fixtures")]];
  const refused = new Map<string, number>();
  const kinds = new Map<string, number>();
  const unexplained: string[] = [];
  const sameList: string[] = [];
  for (const [group, files] of groups) {
    const tally: Tally = { programs: files.length, exactFailed: 0, plainForm: 0, same: 0 };
    for (const file of files) {
      const source = readFileSync(file, "utf8");
      const plain = await translatePlain(source);
      if (!plain.exact.ok) {
        tally.exactFailed++;
        continue;
      }
      if (!plain.ok) {
        for (const name of new Set(plain.refusals.map((r) => r.name))) refused.set(name, (refused.get(name) ?? 0) + 1);
        continue;
      }
      tally.plainForm++;
      for (const kind of new Set(plain.differences.map((d) => d.kind))) kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
      const outFile = file.replace(/\.py$/, ".out");
      const expected = existsSync(outFile) ? readFileSync(outFile, "utf8") : execFileSync("python3", [file], { encoding: "utf8" });
      const run = await runPlain(plain, { clock: "virtual", events: false, timeLimitMs: 10_000 });
      if (run.stdout === expected) {
        tally.same++;
        sameList.push(file);
      } else if (plain.differences.length === 0) unexplained.push(file);
    }
    const exact = tally.exactFailed > 0 ? ` (${tally.exactFailed} without an exact translation)` : "";
    console.log(`${group}: ${tally.programs} programs${exact}, ${tally.plainForm} with a plain form, ${tally.same} of those print exactly what CPython prints`);
  }
  const sorted = (m: Map<string, number>): string => [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, n]) => `${k} ${n}`).join(", ");
  console.log(`refused (programs per name): ${sorted(refused)}`);
  console.log(`difference kinds (programs per kind): ${sorted(kinds)}`);
  console.log(`output differs with no difference listed: ${unexplained.length === 0 ? "none" : unexplained.join(" ")}`);
  if (given.length > 0) console.log(`same as CPython: ${sameList.join(" ")}`);
}

void main();
