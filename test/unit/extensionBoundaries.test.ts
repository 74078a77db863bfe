/** Layering: only the extension's own files import `vscode`; the webview and the host share only protocol.ts. */
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

  it("python/, translate/, ts/, runtime/, core/ and run/ never import vscode", () => {
    const offenders = all.filter((f) => /^(python|translate|ts|runtime|core|run)\//.test(rel(f)) && imports(f).includes("vscode"));
    assert.deepEqual(offenders.map(rel), []);
  });

  it("only extension.ts, commands.ts, config.ts and panel/ (host side) import vscode", () => {
    const users = all.filter((f) => imports(f).includes("vscode")).map(rel);
    for (const f of users) assert.ok(/^(extension|commands|config)\.ts$|^panel\/[^/]+\.ts$/.test(f), `${f} imports vscode`);
  });

  it("the webview imports only its own modules and panel/protocol.ts", () => {
    for (const f of all.filter((x) => rel(x).startsWith("panel/webview/"))) {
      for (const spec of imports(f)) {
        const target = rel(path.resolve(path.dirname(f), spec));
        assert.ok(spec.startsWith(".") && (target.startsWith("panel/webview/") || target === "panel/protocol"), `${rel(f)} imports ${spec}`);
      }
    }
  });

  it("the host side of the panel does not import the webview (except pure helpers in tests)", () => {
    for (const f of all.filter((x) => /^panel\/[^/]+\.ts$/.test(rel(x)))) {
      for (const spec of imports(f)) assert.ok(!spec.includes("webview/"), `${rel(f)} imports ${spec}`);
    }
  });

  it("panel/protocol.ts imports nothing", () => {
    assert.deepEqual(imports(path.join(src, "panel", "protocol.ts")), []);
  });
});
