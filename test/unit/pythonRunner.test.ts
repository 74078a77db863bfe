// The Python runner's decoding and cap: the bytes CPython wrote are the text compared, whatever the chunks.
// Each program is written with sys.stdout.buffer so the byte layout is known exactly.
import assert from "node:assert/strict";
import { runPython } from "../../src/run/pythonRunner";

const options = (maxOutputBytes: number) => ({ timeLimitMs: 20_000, maxOutputBytes });

describe("runPython output", function () {
  this.timeout(30_000);

  it("decodes characters split across pipe chunks (90 lines of 10,001 bytes each, 'é' is 2 bytes)", async () => {
    const r = await runPython("python3", 'for i in range(90):\n    print("a" + "é" * 5000, flush=True)\n', options(16 << 20));
    assert.equal(r.exitCode, 0);
    assert.equal(r.stdout, ("a" + "é".repeat(5000) + "\n").repeat(90));
  });

  it("keeps exactly the cap's bytes when the cap falls between characters", async () => {
    const r = await runPython("python3", "import sys\nwhile True:\n    sys.stdout.buffer.write(b'ab' * 500); sys.stdout.flush()\n", options(1001));
    assert.equal(r.stdout, ("ab".repeat(500) + "a"));
    assert.match(r.stderr, /output limit/);
  });

  it("cuts on a character boundary when the cap falls inside one", async () => {
    // 1001 bytes of 'é' (2 bytes each): 500 whole characters fit, the 501st is cut and left out.
    const r = await runPython("python3", "import sys\nwhile True:\n    sys.stdout.write('é' * 1000); sys.stdout.flush()\n", options(1001));
    assert.equal(r.stdout, "é".repeat(500));
    assert.match(r.stderr, /output limit/);
  });

  it("does not cap output of exactly the cap's size", async () => {
    const r = await runPython("python3", "import sys\nsys.stdout.buffer.write(b'x' * 1000)\n", options(1000));
    assert.equal(r.stdout, "x".repeat(1000));
    assert.equal(r.stderr, "");
    assert.equal(r.exitCode, 0);
  });
});
