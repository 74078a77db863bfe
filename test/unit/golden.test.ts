/**
 * Golden translations: test/fixtures/NAME.ts is the reviewed TypeScript of NAME.py as `translate` prints it
 * (the import of asyncio-ts/runtime, then the program). A change in the translator shows up here as a diff to read;
 * `UPDATE_GOLDENS=1 npm run test:unit` rewrites them after review. Behaviour is checked by the
 * differential test, never by these snapshots alone.
 */
import assert from "node:assert/strict";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { translateParsed } from "../../src/pipeline";
import { moduleTs } from "../../src/assemble";
import { createPythonParser } from "../../src/python/parser";
import { fixturesDir, loadFixtures } from "../support/fixtures";

const update = process.env.UPDATE_GOLDENS === "1";

describe("golden translations (test/fixtures/*.ts)", function () {
  this.timeout(120_000);
  let parser: Awaited<ReturnType<typeof createPythonParser>>;
  before(async () => {
    parser = await createPythonParser();
  });

  for (const fixture of loadFixtures()) {
    it(fixture.name, () => {
      const translation = translateParsed(fixture.source, parser.parse(fixture.source));
      const file = path.join(fixturesDir, `${fixture.name}.ts`);
      if (update) {
        writeFileSync(file, moduleTs(translation));
        return;
      }
      // Everywhere, not only in CI: a golden written silently by the test that should check it checks nothing.
      if (!existsSync(file)) assert.fail(`${fixture.name}.ts is missing: run UPDATE_GOLDENS=1 npx mocha test/unit/golden.test.ts and review it`);
      assert.equal(moduleTs(translation), readFileSync(file, "utf8"), `${fixture.name}.ts differs from the translation: review the diff, then UPDATE_GOLDENS=1`);
    });
  }
});
