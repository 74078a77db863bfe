// Live translation figures: the translation worker (dist/translateWorker.js, as the extension runs it) given the seed
// lesson again and again, whole and as a selection (the body of main()). Prints the cold first job (worker start,
// wasm, helper table), then the warm jobs' time in the worker and the round trip seen by the main thread
// (the job plus posting the request and receiving the panel model). `npm run build` first.
import { readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { Worker } from "node:worker_threads";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const runs = Number(process.argv[2] ?? 30);
const text = readFileSync(path.join(root, "lessons", "gather_return_values.py"), "utf8");
const settings = { clock: "virtual", timeLimitMs: 10_000, maxOutputBytes: 1 << 20, showTimestamps: true, showHelpers: false, standalone: false };
const mainStart = text.indexOf("    # report a message\n    print('Main starting')");
const mainEnd = text.indexOf("\n# start the asyncio program");
const cases = {
  "seed, whole file": { documentText: text, start: 0, end: text.length, whole: true, fileName: "seed.py", settings },
  "seed, body of main() (wrapped)": { documentText: text, start: mainStart, end: mainEnd, whole: false, fileName: "seed.py", settings },
};

const startedAt = performance.now();
const worker = new Worker(path.join(root, "dist", "translateWorker.js"));
let id = 0;
function job(request) {
  const sent = performance.now();
  const myId = ++id;
  return new Promise((resolve, reject) => {
    const onMessage = (reply) => {
      if (reply.id !== myId) return;
      worker.off("message", onMessage);
      if (!reply.ok) reject(new Error(reply.error));
      else resolve({ job: reply.result.ms, roundTrip: performance.now() - sent });
    };
    worker.on("message", onMessage);
    worker.postMessage({ id: myId, request });
  });
}

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
const first = await job(cases["seed, whole file"]);
console.log(`cold: first job ${first.job.toFixed(1)} ms in the worker, ${(performance.now() - startedAt).toFixed(0)} ms from new Worker() to the model`);
for (const [name, request] of Object.entries(cases)) {
  for (let i = 0; i < 5; i++) await job(request); // warm-up
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await job(request));
  const jobs = results.map((r) => r.job);
  const trips = results.map((r) => r.roundTrip);
  console.log(`${name}: job median ${quantile(jobs, 0.5).toFixed(1)} ms, p95 ${quantile(jobs, 0.95).toFixed(1)} ms; round trip median ${quantile(trips, 0.5).toFixed(1)} ms (${runs} runs)`);
}
await worker.terminate();
