/**
 * The translation worker (bundled as dist/translateWorker.js, run by translateClient.ts in a worker_threads Worker):
 * translations happen here, off the extension host's main thread, one after another. The parser's wasm and the
 * helper table are loaded once and reused by every job the worker gets.
 */
import { parentPort } from "node:worker_threads";
import { runTranslateJob } from "./translateJob";
import type { WorkerReply, WorkerRequest } from "./translateClient";

const port = parentPort;
if (!port) throw new Error("translateWorker.js runs in a worker thread");

let chain: Promise<void> = Promise.resolve();
port.on("message", (message: WorkerRequest) => {
  chain = chain.then(async () => {
    let reply: WorkerReply;
    try {
      reply = { id: message.id, ok: true, result: await runTranslateJob(message.request) };
    } catch (error) {
      reply = { id: message.id, ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    port.postMessage(reply);
  });
});
