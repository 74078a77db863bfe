/**
 * Reads a Python file (or standard input) as CPython would: bytes decoded by PEP 263's rules, and
 * never more than MAX_SOURCE_BYTES (`translate /dev/zero` or an endless pipe stops with a message
 * instead of reading forever).
 */
import { closeSync, openSync, readSync } from "node:fs";
import { MAX_SOURCE_BYTES, decodePythonSource, type DecodedSource } from "../python/sourceText";

export type ReadResult = { readonly kind: "read"; readonly source: DecodedSource } | { readonly kind: "failed"; readonly message: string };

/** `file` "-" is standard input, called `name` in messages. */
export function readPythonSource(file: string, name: string, limit = MAX_SOURCE_BYTES): ReadResult {
  let fd: number;
  try {
    fd = file === "-" ? 0 : openSync(file, "r");
  } catch (err) {
    return { kind: "failed", message: `cannot read ${name}: ${(err as Error).message}` };
  }
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1 << 20, limit + 1 - total));
      let n: number;
      try {
        n = readSync(fd, chunk, 0, chunk.length, null);
      } catch (err) {
        // A non-blocking standard input (a terminal or pipe without data yet) says EAGAIN: wait and retry.
        if ((err as NodeJS.ErrnoException).code === "EAGAIN") {
          Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
          continue;
        }
        throw err;
      }
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > limit) return { kind: "failed", message: `${name} is larger than ${limit} bytes, the most asyncio-ts translates` };
    }
    return { kind: "read", source: decodePythonSource(Buffer.concat(chunks, total)) };
  } catch (err) {
    return { kind: "failed", message: `cannot read ${name}: ${(err as Error).message}` };
  } finally {
    if (fd !== 0) closeSync(fd);
  }
}
