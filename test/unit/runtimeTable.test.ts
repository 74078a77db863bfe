// The generated helper table is current, and every helper unit (with its dependencies) stands alone:
// its TypeScript compiles under --strict with only the ES2022 library, and its JavaScript runs.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import vm from "node:vm";
import ts from "typescript";
import { helperUnits, helpersFor } from "../../src/runtime/helperTable.generated";

const tableFile = "src/runtime/helperTable.generated.ts";

/** Parsed library files (lib.es2022.d.ts...), shared by every compilation: parsing them is the slow part. */
const libCache = new Map<string, ts.SourceFile | undefined>();

/** Type-check one TypeScript text in memory; returns the diagnostics as "line:col message" strings. */
function compileStandalone(text: string): string[] {
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    lib: ["lib.es2022.d.ts"],
    types: [],
    noImplicitReturns: true,
    noImplicitOverride: true,
    noFallthroughCasesInSwitch: true,
  };
  const fileName = "/virtual/translation.ts";
  const host = ts.createCompilerHost(options);
  const original = host.getSourceFile.bind(host);
  host.getSourceFile = (name, languageVersion, ...rest) => {
    if (name === fileName) return ts.createSourceFile(name, text, languageVersion, true);
    if (!libCache.has(name)) libCache.set(name, original(name, languageVersion, ...rest));
    return libCache.get(name);
  };
  const originalExists = host.fileExists.bind(host);
  host.fileExists = (name) => name === fileName || originalExists(name);
  const program = ts.createProgram([fileName], options, host);
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const pos = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : null;
    const where = pos ? `${pos.line + 1}:${pos.character + 1} ` : "";
    return where + ts.flattenDiagnosticMessageText(d.messageText, "\n");
  });
}

describe("runtime helper table", () => {
  it("is up to date with src/runtime (run `node scripts/gen-helpers.mjs`)", () => {
    const fresh = execFileSync(process.execPath, ["scripts/gen-helpers.mjs", "--stdout"], { encoding: "utf8" });
    assert.equal(readFileSync(tableFile, "utf8"), fresh);
    const index = execFileSync(process.execPath, ["scripts/gen-helpers.mjs", "--stdout-index"], { encoding: "utf8" });
    assert.equal(readFileSync("src/runtime/index.ts", "utf8"), index, "src/runtime/index.ts is stale");
  });

  it("lists dependencies before dependents, and exported names only once", () => {
    const seen = new Set<string>();
    const names = new Set<string>();
    for (const unit of helperUnits) {
      for (const dep of unit.deps) assert.ok(seen.has(dep), `${unit.name} comes before its dependency ${dep}`);
      seen.add(unit.name);
      for (const name of unit.exports) {
        assert.ok(!names.has(name), `${name} exported twice`);
        names.add(name);
      }
    }
  });

  it("resolves helper names and unit names to units with their dependencies, in order", () => {
    const units = helpersFor(["gather", "print"]).map((u) => u.name);
    assert.ok(units.includes("gather") && units.includes("tasks") && units.includes("loop") && units.includes("print"));
    const order = helperUnits.map((u) => u.name).filter((n) => units.includes(n));
    assert.deepEqual(units, order);
    assert.deepEqual(
      helpersFor(["host"]).map((u) => u.name),
      ["host"],
    );
    assert.throws(() => helpersFor(["noSuchHelper"]), /unknown runtime helper: noSuchHelper/);
  });

  for (const unit of helperUnits) {
    it(`unit ${unit.name}: TypeScript compiles standalone under --strict, JavaScript evaluates`, () => {
      const closure = helpersFor([unit.name]);
      const diagnostics = compileStandalone(closure.map((u) => u.ts).join("\n"));
      assert.deepEqual(diagnostics, []);
      const js = closure.map((u) => u.js).join("\n");
      vm.runInNewContext(js, {}, { filename: `${unit.name}.js` });
      assert.ok(unit.ts.startsWith("/**") && unit.js.startsWith("/**"), "starts with the unit's doc comment");
    });
  }

  it("runs the seed example from the emitted JavaScript (gather results in argument order)", async () => {
    const js = helpersFor(["run", "sleep", "gather", "print"])
      .map((u) => u.js)
      .join("\n");
    const lines: string[] = [];
    const done = new Promise<void>((resolve) => {
      const context = {
        setImmediate,
        setTimeout,
        clearTimeout,
        asyncioTsHost: {
          clock: "virtual",
          write: (_stream: string, text: string) => lines.push(text),
          exit: () => resolve(),
        },
        finished: resolve,
      };
      vm.runInNewContext(
        js +
          `
async function taskCoro(value) { await sleep(2); return value * 100; }
async function main() {
  print("Main starting");
  const coros = [0, 1, 2, 3, 4].map((i) => () => taskCoro(i));
  const results = await gather(coros);
  for (const result of results) print(result);
  print("Main done");
}
run(main).then(finished);`,
        context,
      );
    });
    await done;
    // CPython 3.11 (shared/seed/gather_return_values.out, without the type() line).
    assert.equal(lines.join(""), "Main starting\n0\n100\n200\n300\n400\nMain done\n");
  });
});
