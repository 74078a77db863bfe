/**
 * How far the plain-TypeScript view goes: for each program given (default: the lessons and test/fixtures), whether
 * it has a plain form, and if so whether its output (the worker runner, virtual clock) equals CPython's (NAME.out
 * beside a fixture, else python3 run now). Prints totals, the refused runtime names by count, and the
 * difference kinds by count. A script, not a test: `npx tsx scripts/plain-measure.ts [FILES...]`.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { translatePlain } from "../src/plain/index";
import { runPlain } from "../src/run/plainRun";

async function main(): Promise<void> {
  const given = process.argv.slice(2);
  const files = given.length > 0 ? given : [...readdirSync("lessons").filter((f) => f.endsWith(".py")).map((f) => join("lessons", f)), ...readdirSync("test/fixtures").filter((f) => f.endsWith(".py")).map((f) => join("test/fixtures", f))];
  let plainForm = 0;
  let same = 0;
  let exactFailed = 0;
  const refused = new Map<string, number>();
  const kinds = new Map<string, number>();
  const sameList: string[] = [];
  for (const file of files) {
    const source = readFileSync(file, "utf8");
    const plain = await translatePlain(source);
    if (!plain.exact.ok) {
      exactFailed++;
      continue;
    }
    if (!plain.ok) {
      for (const name of new Set(plain.refusals.map((r) => r.name))) refused.set(name, (refused.get(name) ?? 0) + 1);
      continue;
    }
    plainForm++;
    for (const kind of new Set(plain.differences.map((d) => d.kind))) kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    const outFile = file.replace(/\.py$/, ".out");
    const expected = existsSync(outFile) ? readFileSync(outFile, "utf8") : execFileSync("python3", [file], { encoding: "utf8" });
    const run = await runPlain(plain, { clock: "virtual", events: false, timeLimitMs: 10_000 });
    if (run.stdout === expected) {
      same++;
      sameList.push(file);
    }
  }
  const sorted = (m: Map<string, number>): string => [...m].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(", ");
  console.log(`${files.length} programs: ${exactFailed} without an exact translation, ${plainForm} with a plain form, ${same} of them print what CPython prints`);
  console.log(`refused (programs per name): ${sorted(refused)}`);
  console.log(`difference kinds (programs per kind): ${sorted(kinds)}`);
  if (given.length > 0) console.log(`same as CPython: ${sameList.join(" ")}`);
}

void main();
