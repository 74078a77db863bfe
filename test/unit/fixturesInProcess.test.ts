/**
 * Every fixture in its module form (the program importing `asyncio-ts/runtime`, as `translate` prints it), run
 * in this process against src/runtime itself (see test/support/inProcessRun.ts): what a user who copies a
 * translation runs, where the differential test runs the standalone form in a child process, as the CLI does.
 * It is also what the mutation run of the runtime sees (`npm run mutation`, stryker.config.mjs): a bug planted
 * in the event loop, the tasks or the queues shows here as a fixture whose output is no longer CPython's.
 * FIXTURES (a regular expression) narrows the list.
 */
import assert from "node:assert/strict";
import { translateParsed, type Translation } from "../../src/pipeline";
import { createPythonParser, type PythonParser } from "../../src/python/parser";
import { probePython } from "../../src/run/pythonRunner";
import { fixtureRunPath, knownFailures, loadFixtures, outputProblem, type Fixture } from "../support/fixtures";
import { runInProcess } from "../support/inProcessRun";

const only = process.env.FIXTURES ? new RegExp(process.env.FIXTURES) : null;
const known = knownFailures();
const fixtures = loadFixtures().filter((f) => !known.has(f.name) && (only === null || only.test(f.name)));

/**
 * What every run shares: the parser, the translations and where python3 keeps asyncio. Kept on globalThis because
 * the mutation run loads this file again for each mutant, and runs only the fixtures that reach the mutant.
 */
interface Shared {
  parser?: PythonParser;
  asyncioPlace?: { asyncioDir?: string; asyncioLines?: Readonly<Record<string, number>> };
  translations: Map<string, Translation>;
}
const shared: Shared = ((globalThis as { asyncioTsInProcessFixtures?: Shared }).asyncioTsInProcessFixtures ??= { translations: new Map() });

async function translationOf(fixture: Fixture): Promise<Translation> {
  let t = shared.translations.get(fixture.name);
  if (t === undefined) {
    shared.parser ??= await createPythonParser();
    t = translateParsed(fixture.source, shared.parser.parse(fixture.source));
    shared.translations.set(fixture.name, t);
  }
  return t;
}

describe("fixtures in module form, run in-process against src/runtime, print exactly what CPython prints", function () {
  this.timeout(20_000);

  before(async () => {
    if (shared.asyncioPlace) return;
    const probe = await probePython("python3");
    shared.asyncioPlace = probe.error === undefined ? { asyncioDir: probe.asyncioDir, asyncioLines: probe.asyncioLines } : {};
  });

  for (const fixture of fixtures) {
    it(fixture.name, async () => {
      const t = await translationOf(fixture);
      assert.ok(t.ok, `translation errors: ${t.diagnostics.map((d) => d.message).join("; ")}`);
      const run = await runInProcess(t, { file: fixtureRunPath(fixture.name), timeLimitMs: 2_000, ...shared.asyncioPlace });
      const problem = outputProblem(fixture, run);
      assert.equal(problem, null, problem ?? "");
    });
  }
});
