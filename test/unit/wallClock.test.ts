// time.strftime(), time.ctime() and datetime.now() against CPython: every directive glibc knows (but %Z, whose abbreviations
// JavaScript cannot name for every zone), in UTC and in local time under several zones, and the docs' first
// example, whose two times are 3 s apart on the virtual clock as in CPython.
import assert from "node:assert/strict";
import { standaloneJs } from "../../src/assemble";
import { translate } from "../../src/pipeline";
import { runJavaScript } from "../../src/run/runJavaScript";
import { ctime, strftime } from "../../src/runtime/wallClock";
import { pythonLines } from "./runtimeHarness.test";

const FORMAT = "%a %A %b %B %c %C %d %D %e %F %h %H %I %j %k %l %m %M %p %P %R %s %S %T %u %U %w %W %x %X %y %Y %z %% %Q|%";
// The epoch, a leap day, a Sunday 31 December, a Friday 1 January, a time after noon, before 1970.
const TIMES = [0, 951782400, 1735603200, 1262304000, 1700000000, 1700050000, -86400 * 400 + 3723];
const ZONES = ["UTC", "America/New_York", "Asia/Kolkata", "Europe/Berlin"];

function inZone<R>(zone: string, body: () => R): R {
  const saved = process.env.TZ;
  process.env.TZ = zone;
  try {
    return body();
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
}

describe("time.strftime and time.ctime (expected: python3)", function () {
  this.timeout(60_000);

  it("format time.gmtime(t) as CPython does, every directive", async () => {
    const expected = await pythonLines(`import os, time\nos.environ["TZ"] = "UTC"\ntime.tzset()\nfor t in ${JSON.stringify(TIMES)}:\n    print(time.strftime(${JSON.stringify(FORMAT)}, time.gmtime(t)).replace("\\n", " "))\n`);
    // %s reads the broken-down time back as a local time: with TZ=UTC both agree whatever the zone of the machine.
    const ours = inZone("UTC", () => TIMES.map((t) => strftime(FORMAT, t, true)));
    assert.deepEqual(ours, expected);
  });

  for (const zone of ZONES) {
    it(`format time.localtime(t) and time.ctime(t) as CPython does in ${zone}`, async () => {
      const local = FORMAT.replace("%s ", "");
      const expected = await pythonLines(`import os, time\nos.environ["TZ"] = ${JSON.stringify(zone)}\ntime.tzset()\nfor t in ${JSON.stringify(TIMES)}:\n    print(time.strftime(${JSON.stringify(local)}, time.localtime(t)), time.ctime(t))\n`);
      const ours = inZone(zone, () => TIMES.map((t) => `${strftime(local, t)} ${ctime(t)}`));
      assert.deepEqual(ours, expected);
    });
  }

  it("show the docs' first example 3 s apart on the virtual clock, as CPython's run is, and warn that the times are the run's", async () => {
    const source = [
      "import asyncio",
      "import time",
      "async def say_after(delay, what):",
      "    await asyncio.sleep(delay)",
      "    print(what)",
      "async def main():",
      "    print(f\"started at {time.strftime('%X')}\")",
      "    await say_after(1, 'hello')",
      "    await say_after(2, 'world')",
      "    print(f\"finished at {time.strftime('%X')}\")",
      "asyncio.run(main())",
      "",
    ].join("\n");
    const translation = await translate(source);
    assert.deepEqual(translation.diagnostics.map((d) => `${d.code} ${d.severity}`), ["TR3001 warning"]);
    const started = Date.now();
    const run = await runJavaScript(standaloneJs(translation), { clock: "virtual", events: false });
    assert.ok(Date.now() - started < 2500, "the virtual clock does not wait");
    const lines = run.stdout.split("\n");
    assert.deepEqual(lines.slice(1, 3), ["hello", "world"]);
    const seconds = (line: string) => {
      const [h, m, s] = line.slice(-8).split(":").map(Number) as [number, number, number];
      return h * 3600 + m * 60 + s;
    };
    assert.match(lines[0]!, /^started at \d\d:\d\d:\d\d$/);
    assert.equal((seconds(lines[3]!) - seconds(lines[0]!) + 86400) % 86400, 3);
  });

  it("measure datetime.now() differences on the virtual clock as exactly the time awaited (CPython's add its own running time)", async () => {
    const source = "import asyncio\nfrom datetime import datetime\nasync def main():\n    start = datetime.now()\n    await asyncio.sleep(2.5)\n    took = datetime.now() - start\n    print(took, took.total_seconds())\nasyncio.run(main())\n";
    const python = await pythonLines(source);
    assert.match(python[0]!, /^0:00:02\.5\d{5} 2\.5\d*$/);
    const translation = await translate(source);
    assert.deepEqual(translation.diagnostics.map((d) => d.code), ["TR3001"]);
    const run = await runJavaScript(standaloneJs(translation), { clock: "virtual", events: false });
    assert.equal(run.stdout, "0:00:02.500000 2.5\n");
  });
  it("logging's %(asctime)s, %(msecs)03d and %(created)d have CPython's shape, with and without datefmt", async () => {
    const source = [
      "import logging, sys",
      'logging.basicConfig(stream=sys.stdout, format="%(asctime)s|%(msecs)03d|%(created)d|%(message)s")',
      'logging.warning("a")',
      'logging.basicConfig(stream=sys.stdout, force=True, format="[%(asctime)s] %(message)s", datefmt="%H:%M %d/%m/%Y")',
      'logging.warning("b")',
      "",
    ].join("\n");
    const digitsMasked = (line: string) => line.replace(/\d/g, "9");
    const expected = (await pythonLines(source)).map(digitsMasked);
    assert.deepEqual(expected, ["9999-99-99 99:99:99,999|999|9999999999|a", "[99:99 99/99/9999] b"]);
    const run = await runJavaScript(standaloneJs(await translate(source)), { clock: "virtual", events: false });
    assert.deepEqual(run.stdout.trimEnd().split("\n").map(digitsMasked), expected);
  });
});
