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
import { createPythonParser } from "../../src/python/parser";
import { probePython } from "../../src/run/pythonRunner";
import { fixtureRunPath, knownFailures, loadFixtures, outputProblem } from "../support/fixtures";
import { runInProcess } from "../support/inProcessRun";

const only = process.env.FIXTURES ? new RegExp(process.env.FIXTURES) : null;
const known = knownFailures();
const fixtures = loadFixtures().filter((f) => !known.has(f.name) && (only === null || only.test(f.name)));

describe("fixtures in module form, run in-process against src/runtime, print exactly what CPython prints", function () {
  this.timeout(20_000);
  const translations = new Map<string, Translation>();
  let asyncioPlace: { asyncioDir?: string; asyncioLines?: Readonly<Record<string, number>> } = {};

  before(async function () {
    this.timeout(300_000);
    const probe = await probePython("python3");
    if (probe.error === undefined) asyncioPlace = { asyncioDir: probe.asyncioDir, asyncioLines: probe.asyncioLines };
    const parser = await createPythonParser();
    for (const f of fixtures) translations.set(f.name, translateParsed(f.source, parser.parse(f.source)));
  });

  for (const fixture of fixtures) {
    it(fixture.name, async () => {
      const t = translations.get(fixture.name)!;
      assert.ok(t.ok, `translation errors: ${t.diagnostics.map((d) => d.message).join("; ")}`);
      const run = await runInProcess(t, { file: fixtureRunPath(fixture.name), timeLimitMs: 5_000, ...asyncioPlace });
      const problem = outputProblem(fixture, run);
      assert.equal(problem, null, problem ?? "");
    });
  }
});
