/** Developer aid: translate and run every fixture, print one line per failing fixture (`npx tsx scripts/triage.ts [filter]`). */
import { translateParsed } from "../src/pipeline";
import { createPythonParser } from "../src/python/parser";
import { runJavaScript } from "../src/run/runJavaScript";
import { standaloneJs } from "../src/assemble";
import { loadFixtures } from "../test/support/fixtures";

async function main(): Promise<void> {
  const parser = await createPythonParser();
  const filter = process.argv[2] ?? "";
  let pass = 0;
  const fixtures = loadFixtures().filter((f) => f.name.includes(filter));
  for (const fx of fixtures) {
    const t = translateParsed(fx.source, parser.parse(fx.source));
    const errors = t.diagnostics.filter((d) => d.severity === "error");
    if (errors.length) {
      console.log(`${fx.name}: ${errors.map((d) => `${d.code} ${d.message}`).join(" | ").slice(0, 300)}`);
      continue;
    }
    const run = await runJavaScript(standaloneJs(t), { clock: "virtual", timeLimitMs: 10_000, events: false });
    const stderrOk = fx.expectedStderr === null || run.stderr === fx.expectedStderr;
    if (run.stdout === fx.expectedStdout && stderrOk && (fx.expectedError !== null || run.exitCode === fx.expectedExit)) {
      pass++;
      continue;
    }
    const got = run.stdout.split("\n");
    const want = fx.expectedStdout.split("\n");
    const i = want.findIndex((l, k) => l !== got[k]);
    console.log(`${fx.name}: line ${i + 1}: want ${JSON.stringify(want[i])} got ${JSON.stringify(got[i])} ${run.stderr.split("\n").slice(-3).join(" ").slice(0, 200)}`);
  }
  console.log(`${pass}/${fixtures.length} pass`);
}
void main();
