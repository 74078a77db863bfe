/**
 * The command's V8 code cache (src/cli/launcher.ts): a run from the cache does exactly what a run without it
 * does, and a cache that is missing, corrupt or made for another bundle is only ignored and replaced.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const root = path.join(__dirname, "..", "..");
const cli = path.join(root, "dist", "cli.js");
const seed = path.join(root, "..", "shared", "seed", "gather_return_values");
const fixture = path.join(root, "test", "fixtures", "app_pipeline_three_stages.py");

function runCli(cacheDir: string, args: readonly string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: "utf8", timeout: 60_000, env: { ...process.env, ASYNCIO_TS_CACHE_DIR: cacheDir } });
  return { stdout: r.stdout, stderr: r.stderr, code: r.status };
}

const cacheFiles = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".v8cache")).sort() : []);

describe("CLI code cache (dist/cli.js)", function () {
  this.timeout(120_000);
  before(function () {
    if (!existsSync(cli)) throw new Error("dist/cli.js is missing: run `npm run build` first");
  });

  it("a run from the cache prints what a run without it prints, for translate and for run", () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), "asyncio-ts-cache-")), "cache");
    const uncached = { translate: runCli("", ["translate", fixture]), run: runCli("", ["run", `${seed}.py`]) };
    assert.equal(uncached.run.stdout, readFileSync(`${seed}.out`, "utf8"));
    // The first run of each command writes its cache, the second starts from it: run starts a program's
    // process and loads the parser, both of which broke once when the code came from a cache.
    for (let i = 0; i < 2; i++) {
      for (const [command, args] of [["translate", [fixture]], ["run", [`${seed}.py`]]] as const) {
        assert.deepEqual(runCli(dir, [command, ...args]), uncached[command], `${command}, run ${i + 1}`);
      }
    }
    const files = cacheFiles(dir);
    assert.equal(files.length, 2, files.join(", "));
    assert.ok(files.some((f) => f.includes("-translate-")) && files.some((f) => f.includes("-run-")));
  });

  it("a corrupt cache is ignored and replaced; a cache of another bundle is removed", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "asyncio-ts-cache-"));
    const expected = runCli("", ["translate", fixture]);
    runCli(dir, ["translate", fixture]);
    const [file] = cacheFiles(dir);
    assert.ok(file !== undefined);
    writeFileSync(path.join(dir, file), Buffer.alloc(4096, 7));
    const stale = "cli-000000000000000000000000-translate-v0-x64.v8cache";
    writeFileSync(path.join(dir, stale), "old");
    assert.deepEqual(runCli(dir, ["translate", fixture]), expected);
    assert.deepEqual(cacheFiles(dir), [file]);
    assert.notDeepEqual(readFileSync(path.join(dir, file)), Buffer.alloc(4096, 7));
    assert.deepEqual(runCli(dir, ["translate", fixture]), expected);
  });

  it("a cache folder that cannot be made costs nothing but the cache", () => {
    const blocker = path.join(mkdtempSync(path.join(tmpdir(), "asyncio-ts-cache-")), "a-file");
    writeFileSync(blocker, "not a folder");
    const r = runCli(path.join(blocker, "cache"), ["run", `${seed}.py`]);
    assert.deepEqual(r, { stdout: readFileSync(`${seed}.out`, "utf8"), stderr: "", code: 0 });
  });
});
