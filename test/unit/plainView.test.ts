/**
 * The plain-TypeScript view (src/plain) on test/fixtures-plain: NAME.py with NAME.expected, the differences from
 * CPython (`difference KIND LINE:COL`) or the refusals (`PT4001 LINE:COL NAME`) the view must report, one a
 * line. Each plain translation must compile under tsc --strict; its expected output is what Node really prints
 * when this test runs it as an ES module (never a stored output of ours), and the worker runner on its virtual
 * clock must print the same; a program with no differences listed must print what CPython prints.
 */
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import ts from "typescript";
import { main } from "../../src/cli/main";
import { LineMap } from "../../src/core/lineMap";
import { translatePlain } from "../../src/plain/index";
import { runPlain } from "../../src/run/plainRun";

const run = promisify(execFile);
const dir = join(__dirname, "..", "fixtures-plain");
const names = readdirSync(dir)
  .filter((f) => f.endsWith(".py"))
  .map((f) => f.slice(0, -3))
  .sort();

/** tsc --strict errors of a plain module (Node's types: it imports node:timers/promises and may use process). */
function strictErrors(code: string): string[] {
  const file = join(dir, "plain-module.ts");
  const options: ts.CompilerOptions = { strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ES2022, moduleResolution: ts.ModuleResolutionKind.Bundler, types: ["node"], lib: ["lib.es2022.d.ts"] };
  const host = ts.createCompilerHost(options);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (name, language) => (name === file ? ts.createSourceFile(file, code, language) : read(name, language));
  const program = ts.createProgram([file], options, host);
  return [...program.getSyntacticDiagnostics(), ...program.getSemanticDiagnostics()].map((d) => `${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
}

describe("plain TypeScript view: fixtures run under node, differences and refusals as expected", function () {
  this.timeout(120_000);
  let scratch = "";
  before(() => {
    scratch = mkdtempSync(join(tmpdir(), "asyncio-ts-plain-"));
  });
  after(() => rmSync(scratch, { recursive: true, force: true }));

  it("has fixtures, refused ones among them", () => {
    assert.ok(names.length >= 8, `${names.length} fixtures`);
    assert.ok(names.some((n) => readFileSync(join(dir, `${n}.expected`), "utf8").includes("PT4001")));
  });

  for (const name of names) {
    it(name, async () => {
      const source = readFileSync(join(dir, `${name}.py`), "utf8");
      const expected = readFileSync(join(dir, `${name}.expected`), "utf8").trimEnd().split("\n").filter((l) => l !== "");
      const plain = await translatePlain(source);
      assert.ok(plain.exact.ok, "the exact translation works");
      const at = new LineMap(source);
      const found = [...plain.differences.map((d) => `difference ${d.kind} ${at.format(d.py.start)}`), ...plain.refusals.map((r) => `${r.code} ${at.format(r.span.start)} ${r.name}`)];
      assert.deepEqual(found, expected);
      if (!plain.ok) {
        assert.equal(plain.ts, "", "a refused program has no plain text");
        assert.ok(plain.refusals.every((r) => r.exact !== null), "every refusal points into the exact translation");
        return;
      }
      assert.ok(!/asyncio-ts\/runtime/.test(plain.ts), "no runtime import");
      assert.deepEqual(strictErrors(plain.ts), [], "tsc --strict");
      const file = join(scratch, `${name}.mjs`);
      writeFileSync(file, plain.js);
      const node = await run(process.execPath, [file], { encoding: "utf8" });
      const ours = await runPlain(plain, { clock: "virtual", events: false });
      assert.equal(ours.stdout, node.stdout, "the worker runner on the virtual clock prints what node prints");
      assert.equal(ours.exitCode, 0);
      const python = await run("python3", [join(dir, `${name}.py`)], { encoding: "utf8" });
      if (plain.differences.length === 0) assert.equal(node.stdout, python.stdout, "no difference listed: node prints what CPython prints");
    });
  }

  it("the CLI: translate --plain prints the module and its differences; a refusal is PT4001 with line:col and the exact translation's place", async () => {
    const out: string[] = [];
    const err: string[] = [];
    const io = { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t) };
    assert.equal(await main(["translate", "--plain", join(dir, "create_task_order.py")], io), 0);
    assert.match(out.join(""), /^import \{ setTimeout as sleep \} from "node:timers\/promises";/);
    assert.match(err.join(""), /create_task_order\.py:13:33: difference eagerStart The coroutine starts when it is called \(plain TypeScript \d+:\d+\)/);
    out.length = 0;
    err.length = 0;
    assert.equal(await main(["translate", "--plain", join(dir, "refuse_taskgroup.py")], io), 2);
    assert.equal(out.join(""), "");
    assert.match(err.join(""), /refuse_taskgroup\.py:11:16: error PT4001 asyncio\.TaskGroup cancels the other tasks .* \(exact translation: \d+:\d+\)/);
  });
});
