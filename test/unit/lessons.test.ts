/**
 * The lessons that `npm start` opens (lessons/*.py) must stay faithful: each translates without diagnostics and,
 * run on the virtual clock, prints exactly what CPython prints, with the same exit status.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { translate } from "../../src/pipeline";
import { standaloneJs } from "../../src/assemble";
import { runPython } from "../../src/run/pythonRunner";
import { runJavaScript } from "../../src/run/runJavaScript";

const lessonsDir = path.join(__dirname, "..", "..", "lessons");
const lessons = readdirSync(lessonsDir).filter((name) => name.endsWith(".py")).sort();

describe("lessons/ (the npm start workspace)", function () {
  this.timeout(60_000);

  it("has the seed example and the four other lessons", () => {
    for (const name of ["gather_return_values.py", "gather_return_exceptions.py", "create_task_timing.py", "queue_pipeline.py", "taskgroup_failure.py"]) {
      assert.ok(lessons.includes(name), `${name} is missing`);
    }
  });

  for (const name of lessons) {
    it(`${name} prints exactly CPython's output once translated`, async () => {
      const source = readFileSync(path.join(lessonsDir, name), "utf8");
      assert.match(source, /^# Try: /, "a lesson starts with a comment saying what to try");
      const python = await runPython("python3", source);
      assert.equal(python.exitCode, 0, python.error ?? python.stderr);
      const translation = await translate(source);
      // Warnings (TR3xxx) mean the output may differ from CPython's: a lesson must not need one.
      assert.deepEqual(translation.diagnostics, []);
      const run = await runJavaScript(standaloneJs(translation), { clock: "virtual", events: false });
      assert.equal(run.stdout, python.stdout);
      assert.equal(run.exitCode, python.exitCode);
    });
  }
});
