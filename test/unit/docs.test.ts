/** Generated documentation is current with the asyncio table it is generated from. */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { constructsMarkdown, withReadmeApiList } from "../../src/docs/constructsDoc";
import { helperUnits } from "../../src/runtime/helperTable.generated";
import { withReadmeStdlibList } from "../../src/docs/stdlibDoc";
import { asyncioApi } from "../../src/translate/asyncioApi";
import { stdlibModules } from "../../src/translate/stdlib/registry";

const root = path.join(__dirname, "..", "..");

describe("generated docs", () => {
  it("docs/constructs.md is generated from the asyncio table (run `npm run docs`)", () => {
    assert.equal(readFileSync(path.join(root, "docs", "constructs.md"), "utf8"), constructsMarkdown());
  });

  it("README.md lists the asyncio API from the same table (run `npm run docs`)", () => {
    const readme = readFileSync(path.join(root, "README.md"), "utf8");
    assert.equal(readme, withReadmeApiList(readme));
  });

  it("README.md lists the standard-library modules from their tables (run `npm run docs`)", () => {
    const readme = readFileSync(path.join(root, "README.md"), "utf8");
    assert.equal(readme, withReadmeStdlibList(readme));
  });

  it("every standard-library entry says what it becomes and names real helpers; every impossible one a suggestion", () => {
    const helperNames = new Set<string>(helperUnits.flatMap((u) => u.exports));
    for (const m of stdlibModules) {
      for (const e of m.names) {
        if (e.status === "supported") assert.ok(e.typescript.length > 0, `${m.name}.${e.name}`);
        for (const h of e.helpers) assert.ok(helperNames.has(h), `${m.name}.${e.name}: no runtime helper named ${h}`);
        if (e.status === "impossible") assert.ok(e.suggestion && e.suggestion.length > 20, `${m.name}.${e.name}`);
      }
    }
  });

  it("every supported entry says what it becomes and names real helpers; every impossible one a suggestion", () => {
    const helperNames = new Set<string>(helperUnits.flatMap((u) => u.exports));
    for (const e of asyncioApi) {
      if (e.status === "supported") {
        assert.ok(e.typescript.length > 0, e.name);
        for (const h of e.helpers) assert.ok(helperNames.has(h), `${e.name}: no runtime helper named ${h}`);
      }
      if (e.status === "impossible") assert.ok(e.suggestion && e.suggestion.length > 20, e.name);
    }
  });
});
