/** Generated documentation is current with the asyncio table it is generated from. */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { constructsMarkdown, withReadmeApiList } from "../../src/docs/constructsDoc";
import { asyncioApi } from "../../src/translate/asyncioApi";

const root = path.join(__dirname, "..", "..");

describe("generated docs", () => {
  it("docs/constructs.md is generated from the asyncio table (run `npm run docs`)", () => {
    assert.equal(readFileSync(path.join(root, "docs", "constructs.md"), "utf8"), constructsMarkdown());
  });

  it("README.md lists the asyncio API from the same table (run `npm run docs`)", () => {
    const readme = readFileSync(path.join(root, "README.md"), "utf8");
    assert.equal(readme, withReadmeApiList(readme));
  });

  it("every supported entry names the helpers it needs and every impossible one a suggestion", () => {
    for (const e of asyncioApi) {
      if (e.status === "supported") assert.ok(e.helpers.length > 0, e.name);
      if (e.status === "impossible") assert.ok(e.suggestion && e.suggestion.length > 20, e.name);
    }
  });
});
