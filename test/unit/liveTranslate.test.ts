/** Live translation's jobs: only the newest request's result is used (latestOnly.ts); jobs in the worker thread (translateClient.ts). */
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { LatestOnly } from "../../src/extension/latestOnly";
import { TranslateClient } from "../../src/extension/translateClient";
import { runTranslateJob, type TranslateRequest } from "../../src/extension/translateJob";

/** A job the test finishes by hand. */
interface Manual {
  readonly request: string;
  readonly seq: number;
  resolve(value: string): void;
  reject(error: Error): void;
}

function manualRunner(): { runner: LatestOnly<string, string>; started: Manual[] } {
  const started: Manual[] = [];
  const runner = new LatestOnly<string, string>((request, seq) => new Promise((resolve, reject) => started.push({ request, seq, resolve, reject })));
  return { runner, started };
}

const tick = (): Promise<void> => new Promise((r) => setImmediate(r));

describe("live translation: only the newest edit's translation is shown", () => {
  it("a single request gets its result", async () => {
    const { runner, started } = manualRunner();
    const result = runner.request("a");
    started[0]?.resolve("A");
    assert.equal(await result, "A");
    assert.equal(runner.dropped, 0);
  });

  it("one job at a time; a newer request replaces the waiting one and the older result is dropped", async () => {
    const { runner, started } = manualRunner();
    const first = runner.request("a");
    const second = runner.request("b");
    const third = runner.request("c");
    assert.deepEqual(started.map((s) => s.request), ["a"], "only the first runs while it runs");
    assert.equal(await second, undefined, "the waiting request was superseded before it ran");
    started[0]?.resolve("A");
    assert.equal(await first, undefined, "the first result came after newer requests: dropped");
    await tick();
    assert.deepEqual(started.map((s) => [s.request, s.seq]), [["a", 1], ["c", 3]]);
    started[1]?.resolve("C");
    assert.equal(await third, "C");
    assert.equal(runner.dropped, 2);
  });

  it("an error reaches only the newest request; a stale one's error is dropped", async () => {
    const { runner, started } = manualRunner();
    const first = runner.request("a");
    const second = runner.request("b");
    started[0]?.reject(new Error("old"));
    assert.equal(await first, undefined);
    await tick();
    started[1]?.reject(new Error("boom"));
    await assert.rejects(second, /boom/);
  });

  it("invalidate() drops the result of the job in flight", async () => {
    const { runner, started } = manualRunner();
    const first = runner.request("a");
    runner.invalidate();
    started[0]?.resolve("A");
    assert.equal(await first, undefined);
    const next = runner.request("b");
    await tick();
    started[1]?.resolve("B");
    assert.equal(await next, "B");
  });
});

const seedText = readFileSync(path.join(__dirname, "..", "..", "lessons", "gather_return_values.py"), "utf8");
const settings = { clock: "virtual", timeLimitMs: 10_000, maxOutputBytes: 1 << 20, showTimestamps: true, showHelpers: false, standalone: false } as const;

describe("live translation: the translation job", () => {
  it("lines from a coroutine body are wrapped, and problems are placed in the document", async () => {
    const doc = "import asyncio\n\nasync def main():\n    await asyncio.sleep(1)\n    print(1 +)\n";
    const start = doc.indexOf("    await");
    const request: TranslateRequest = { documentText: doc, start, end: doc.length, whole: false, fileName: "m.py", settings };
    const broken = await runTranslateJob(request);
    assert.equal(broken.model.ok, false);
    const syntax = broken.diagnostics.find((d) => d.code.startsWith("PY"));
    assert.ok(syntax, JSON.stringify(broken.diagnostics));
    assert.equal(doc.slice(0, syntax.start).split("\n").length, 5, "on the line of print(1 +)");
    const fixed = doc.replace("1 +)", "1 + 1)");
    const ok = await runTranslateJob({ ...request, documentText: fixed, end: fixed.length });
    assert.equal(ok.wrapped, true);
    assert.deepEqual(ok.diagnostics, []);
    assert.match(ok.model.programTs, /print\(1 \+ 1\)|1 \+ 1/);
  });

  it("a document on disk brings the modules beside it (from util import delay); an untitled one cannot", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "asyncio-ts-live-"));
    try {
      writeFileSync(path.join(dir, "util.py"), "import asyncio\n\nasync def delay(n):\n    await asyncio.sleep(n)\n    return n\n");
      const doc = "import asyncio\nfrom util import delay\n\nasync def main():\n    print(await delay(2))\n\nasyncio.run(main())\n";
      const start = doc.indexOf("async def");
      const request: TranslateRequest = { documentText: doc, start, end: doc.length, whole: false, fileName: "listing.py", documentPath: path.join(dir, "listing.py"), settings };
      const found = await runTranslateJob(request);
      assert.deepEqual(found.diagnostics, []);
      assert.match(found.model.programTs, /async function delay\(n: number\): Promise<number>/);
      const untitled = await runTranslateJob({ ...request, documentPath: undefined });
      assert.deepEqual(untitled.diagnostics.map((d) => d.code), ["TR2008"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("in the worker thread (dist/translateWorker.js) a job gives what it gives in-process, and the worker is reused", async function () {
    const workerFile = path.join(__dirname, "..", "..", "dist", "translateWorker.js");
    if (!existsSync(workerFile)) throw new Error("dist/translateWorker.js is missing: run `npm run build` first");
    const client = new TranslateClient(workerFile);
    assert.equal(client.usesWorker, true);
    const request: TranslateRequest = { documentText: seedText, start: 0, end: seedText.length, whole: true, fileName: "seed.py", settings };
    try {
      const [inWorker, again] = [await client.translate(request), await client.translate(request)];
      const inProcess = await runTranslateJob(request);
      assert.deepEqual(inWorker.model, inProcess.model);
      assert.deepEqual(again.model, inProcess.model);
      assert.deepEqual(inWorker.diagnostics, inProcess.diagnostics);
    } finally {
      client.dispose();
    }
  });

  it("without the worker bundle, jobs run in-process", async () => {
    const client = new TranslateClient(path.join(__dirname, "no-such-worker.js"));
    assert.equal(client.usesWorker, false);
    const result = await client.translate({ documentText: seedText, start: 0, end: seedText.length, whole: true, fileName: "seed.py", settings });
    assert.equal(result.model.ok, true);
  });
});
