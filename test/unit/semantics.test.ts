/** Every example in docs/semantics.md prints, once translated, exactly the output the document shows (CPython's). */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { translate } from "../../src/pipeline";
import { standaloneJs } from "../../src/assemble";
import { runPython } from "../../src/run/pythonRunner";
import { runJavaScript } from "../../src/run/runJavaScript";

const doc = readFileSync(path.join(__dirname, "..", "..", "docs", "semantics.md"), "utf8");
const examples = [...doc.matchAll(/^## (.+)\n[\s\S]*?```python\n([\s\S]*?)```[\s\S]*?```text\n([\s\S]*?)```/gm)].map((m) => ({ title: m[1]!, source: m[2]!, output: m[3]! }));

describe("docs/semantics.md examples", function () {
  this.timeout(60_000);
  it("has an example for each rule", () => assert.ok(examples.length >= 8, `${examples.length} examples`));
  for (const example of examples) {
    it(example.title, async () => {
      const python = await runPython("python3", example.source);
      assert.equal(python.stdout, example.output, "the document's output must be CPython's");
      const translation = await translate(example.source);
      assert.deepEqual(translation.diagnostics.filter((d) => d.severity === "error"), []);
      const run = await runJavaScript(standaloneJs(translation), { clock: "virtual", events: false });
      assert.equal(run.stdout, example.output);
    });
  }
});
