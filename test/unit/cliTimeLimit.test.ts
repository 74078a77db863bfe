/**
 * --time-limit (issue 14): a value setTimeout cannot keep (0, negative, not a number, empty, beyond
 * 2147483647 ms, which fires at once) is refused with one message and exit status 2 before anything
 * runs, for run, trace and run --plain alike; the longest accepted limit does not fire early.
 */
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { main } from "../../src/cli/main";

function capture(): { io: { stdout: (t: string) => void; stderr: (t: string) => void }; out: () => string; err: () => string } {
  let out = "";
  let err = "";
  return { io: { stdout: (t) => void (out += t), stderr: (t) => void (err += t) }, out: () => out, err: () => err };
}

describe("CLI --time-limit: out-of-range values are refused, the longest accepted one holds", function () {
  this.timeout(60_000);
  let dir: string;
  let file: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), "asyncio-ts-time-limit-"));
    file = path.join(dir, "p.py");
    writeFileSync(file, "import asyncio\nasync def main():\n    await asyncio.sleep(1)\n    print('done')\nasyncio.run(main())\n");
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const refused = ["0", "-5", "abc", "", " ", "NaN", "Infinity", "0.5", "3e9", "2147483648"];
  for (const value of refused) {
    for (const command of [["run"], ["trace"], ["run", "--plain"]]) {
      it(`${command.join(" ")} --time-limit '${value}'`, async () => {
        const c = capture();
        assert.equal(await main([...command, file, `--time-limit=${value}`], c.io), 2);
        assert.equal(c.out(), "");
        assert.equal(c.err(), `asyncio-ts: --time-limit takes a number of milliseconds from 1 to 2147483647 (about 24.8 days), not '${value}'\n`);
      });
    }
  }

  for (const command of [["run"], ["run", "--plain"]]) {
    it(`${command.join(" ")} --time-limit 2147483647 runs the program to its end`, async () => {
      const c = capture();
      assert.equal(await main([...command, file, "--time-limit", "2147483647"], c.io), 0);
      assert.equal(c.out(), "done\n");
      assert.equal(c.err(), "");
    });
  }
});
