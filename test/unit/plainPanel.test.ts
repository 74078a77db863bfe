/**
 * The panel's plain view model (extension/panelModel.plainPanel) and its messages: differences placed in the
 * Python and the plain TypeScript, refusals pointing at the exact translation's text in the program the panel
 * shows, and the runPlain / plainResult messages checked by shape.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildPanelModel } from "../../src/extension/panelModel";
import { snippetFromSelection } from "../../src/extension/selection";
import { translatePlain } from "../../src/plain/index";
import { translate } from "../../src/pipeline";
import { isFromWebview, isToWebview } from "../../src/shared/protocol";

const settings = { clock: "virtual", timeLimitMs: 10_000, maxOutputBytes: 1 << 20, showTimestamps: true, showHelpers: false, standalone: false } as const;
const fixture = (name: string): string => readFileSync(join(__dirname, "..", "fixtures-plain", `${name}.py`), "utf8");

async function model(source: string) {
  const snippet = snippetFromSelection(source, 0, source);
  return buildPanelModel(await translate(snippet.source), snippet, source, "x.py", settings, await translatePlain(snippet.source));
}

describe("panel: the plain TypeScript view", function () {
  this.timeout(30_000);

  it("places each difference in the Python and in the plain TypeScript", async () => {
    const m = await model(fixture("gather_values"));
    const plain = m.plain!;
    assert.ok(plain.ok && plain.runJs.includes("__plainTimers"));
    const typeNames = plain.differences.find((d) => d.kind === "typeNames")!;
    assert.equal(m.python.slice(typeNames.py.start, typeNames.py.end), "type(results)");
    assert.equal(plain.ts.slice(typeNames.ts!.start, typeNames.ts!.end), "results.constructor.name");
    assert.deepEqual([typeNames.line, typeNames.column], [13, 11]);
    assert.equal(plain.ts.split("\n")[typeNames.tsLine! - 1]!.slice(typeNames.tsColumn! - 1).startsWith("results.constructor.name"), true);
  });

  it("points a refusal at the exact translation's text in the program the panel shows", async () => {
    const m = await model(fixture("refuse_taskgroup"));
    const plain = m.plain!;
    assert.equal(plain.ok, false);
    assert.equal(plain.ts, "");
    assert.equal(plain.runJs, "");
    const refusal = plain.refusals.find((r) => r.message.startsWith("asyncio.TaskGroup"));
    assert.equal(refusal!.code, "PT4001");
    assert.deepEqual([refusal!.line, refusal!.column], [11, 16]);
    assert.match(m.programTs.slice(refusal!.exact!.start, refusal!.exact!.end), /TaskGroup/);
  });

  it("checks the plain messages by shape", () => {
    assert.ok(isFromWebview({ type: "runPlain", clock: "virtual" }));
    assert.ok(!isFromWebview({ type: "runPlain", clock: "fast" }));
    assert.ok(isToWebview({ type: "plainResult", result: { stdout: "a\n", stderr: "", exitCode: 0, wallMs: 3, clock: "real" } }));
    assert.ok(!isToWebview({ type: "plainResult", result: { stdout: "a\n", stderr: "", exitCode: "0", wallMs: 3, clock: "real" } }));
  });
});
