/**
 * The `asyncio-ts` command (dist/cli.js): starts the CLI bundle (dist/cli-main.js) from a V8 code cache.
 *
 * Compiling the 1.5 MB bundle, and then lazily each function a command calls, is about a third of a cold
 * `translate` (docs/performance.md). Node 20 has no compile cache of its own (`module.enableCompileCache`
 * came in Node 22), so this does what that does: the first run compiles as usual and, as it exits, saves
 * V8's code for every function it ran; later runs start from that code. A cache is only for the bundle it
 * was made from (its hash, taken by scripts/build.mjs), this Node and this architecture: V8 itself checks
 * only the source's length. Whatever goes wrong with the cache (no home directory, a read-only disk, a
 * corrupt file) costs the compile time and nothing else: the command runs the same.
 *
 * Where: $ASYNCIO_TS_CACHE_DIR, else $XDG_CACHE_HOME/asyncio-ts, else ~/.cache/asyncio-ts (%LOCALAPPDATA%
 * on Windows). ASYNCIO_TS_CACHE_DIR set to the empty string turns the cache off.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import path from "node:path";
import { setFlagsFromString } from "node:v8";
import vm from "node:vm";

/** The bundle's content hash, put in by scripts/build.mjs. */
declare const CLI_BUNDLE_HASH: string;

const bundle = path.join(__dirname, "cli-main.js");
const CACHE_PREFIX = "cli-";

function cacheDir(): string | null {
  const env = process.env;
  if (env.ASYNCIO_TS_CACHE_DIR !== undefined) return env.ASYNCIO_TS_CACHE_DIR === "" ? null : env.ASYNCIO_TS_CACHE_DIR;
  const base = env.XDG_CACHE_HOME || (process.platform === "win32" ? env.LOCALAPPDATA : undefined) || path.join(homedir(), ".cache");
  return path.join(base, "asyncio-ts");
}

function readOrUndefined(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Saves the code V8 compiled during this run; the caches of other bundles go, so that the folder stays small. */
function saveCache(dir: string, file: string, script: vm.Script): void {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    for (const old of readdirSync(dir)) {
      if (old.startsWith(CACHE_PREFIX) && !old.startsWith(`${CACHE_PREFIX}${CLI_BUNDLE_HASH}-`)) rmSync(path.join(dir, old), { force: true });
    }
    // Written aside, then renamed: two commands that exit at once never leave half a file.
    const partial = `${file}.${process.pid}`;
    writeFileSync(partial, script.createCachedData());
    renameSync(partial, file);
  } catch {
    // A cache that cannot be written is a cache that is not there.
  }
}

function start(): void {
  const dir = cacheDir();
  const source = readFileSync(bundle, "utf8");
  // V8 rejects a cache made under other flags, and the CLI sets one (main.ts): set it before compiling.
  setFlagsFromString("--liftoff-only");
  // One cache per command: each runs its own part of the bundle (run and compare start programs, trace too).
  const command = ["translate", "run", "compare", "trace"].find((c) => c === process.argv[2]) ?? "other";
  const file = dir === null ? null : path.join(dir, `${CACHE_PREFIX}${CLI_BUNDLE_HASH}-${command}-${process.version}-${process.arch}.v8cache`);
  const cachedData = file === null ? undefined : readOrUndefined(file);
  // Node wraps a CommonJS module the same way. The bundle has no import(): Node 20 loses a script's import()
  // hook in functions that come from a cache, so scripts/build.mjs turns them into require().
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: bundle, cachedData });
  if (dir !== null && file !== null && (cachedData === undefined || script.cachedDataRejected === true)) process.once("exit", () => saveCache(dir, file, script));
  // The bundle runs as this module, so that `require.main === module` holds in it.
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, require, module, bundle, __dirname);
}

start();
