/** Layering: only src/extension imports `vscode`; the webview and the host share src/shared and the pure run modules. */
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const src = path.join(__dirname, "..", "..", "src");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : full.endsWith(".ts") ? [full] : [];
  });
}

function imports(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"`;]*?from\s*["']([^"']+)["']|\bimport\s*\(\s*["']([^"']+)["']\s*\)|\brequire\(\s*["']([^"']+)["']\s*\)|(?:^|\n)\s*import\s*["']([^"']+)["']/g)].map(
    (m) => m[1] ?? m[2] ?? m[3] ?? m[4] ?? "",
  );
}

const rel = (f: string): string => path.relative(src, f).split(path.sep).join("/");

describe("extension boundaries", () => {
  const all = files(src);

  it("python/, translate/, ts/, runtime/, core/, run/, cli/ and shared/ never import vscode", () => {
    const offenders = all.filter((f) => /^(python|translate|ts|runtime|core|run|cli|shared)\//.test(rel(f)) && imports(f).includes("vscode"));
    assert.deepEqual(offenders.map(rel), []);
  });

  it("only extension/ imports vscode", () => {
    const users = all.filter((f) => imports(f).includes("vscode")).map(rel);
    for (const f of users) assert.ok(/^extension\//.test(f), `${f} imports vscode`);
  });

  // The webview is a browser bundle: besides its own modules and shared/, it may import only the pure parts of
  // the run layer (no Node module in them), and types.
  const browserSafe = ["run/verdict.ts", "run/prelude.ts", "run/records.ts"];

  it("the webview imports only its own modules, shared/ and the pure run modules (others type-only)", () => {
    for (const f of all.filter((x) => rel(x).startsWith("webview/"))) {
      const typeOnly = new Set([...readFileSync(f, "utf8").matchAll(/(?:^|\n)\s*import\s+type\b[^;]*?from\s*["']([^"']+)["']/g)].map((m) => m[1]));
      for (const spec of imports(f)) {
        const target = rel(path.resolve(path.dirname(f), spec));
        const allowed = target.startsWith("webview/") || target.startsWith("shared/") || browserSafe.includes(`${target}.ts`) || typeOnly.has(spec);
        assert.ok(spec.startsWith(".") && allowed, `${rel(f)} imports ${spec}`);
      }
    }
  });

  // Packages written for browsers as much as for Node (jsdiff: plain JavaScript, no Node module).
  const browserPackages = ["diff"];

  it("the run modules the webview imports import nothing but browser packages", () => {
    for (const f of browserSafe) assert.deepEqual(imports(path.join(src, f)).filter((spec) => !browserPackages.includes(spec)), [], f);
  });

  it("the extension host does not import the webview", () => {
    for (const f of all.filter((x) => rel(x).startsWith("extension/"))) {
      for (const spec of imports(f)) assert.ok(!spec.includes("webview/"), `${rel(f)} imports ${spec}`);
    }
  });

  it("shared/protocol.ts imports nothing", () => {
    assert.deepEqual(imports(path.join(src, "shared", "protocol.ts")), []);
  });
});
