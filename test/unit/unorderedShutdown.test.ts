// asyncio.run() cancels the tasks still running at its end by iterating a set (CPython orders it by memory
// address); the translation cancels them in the order they were made. Where that can change what is printed,
// the run says so on stderr (TR3001) before the first such output, and only there.
import assert from "node:assert/strict";
import { standaloneJs } from "../../src/assemble";
import { translate } from "../../src/pipeline";
import { runJavaScript } from "../../src/run/runJavaScript";
import { runPython } from "./runtimeHarness.test";

/** `count` tasks still sleeping when main() returns; each prints after its cancellation when `printsAfter`. */
function program(count: number, printsAfter: boolean): string {
  return [
    "import asyncio",
    "",
    "async def stubborn(name):",
    "    try:",
    "        await asyncio.sleep(10)",
    "    except asyncio.CancelledError:",
    printsAfter ? "        await asyncio.sleep(0.1)\n        print(name, 'cleaned up')" : "        raise",
    "",
    "async def main():",
    `    for i in range(${count}):`,
    "        asyncio.create_task(stubborn(f't{i}'))",
    "    await asyncio.sleep(0.5)",
    "    print('main done')",
    "",
    "asyncio.run(main())",
    "",
  ].join("\n");
}

async function ours(source: string): Promise<{ stdout: string; stderr: string }> {
  const translation = await translate(source);
  assert.ok(translation.ok, translation.diagnostics.map((d) => d.message).join("\n"));
  const r = await runJavaScript(standaloneJs(translation), { clock: "virtual", events: false });
  assert.equal(r.exitCode, 0, r.stderr);
  return r;
}

const warning = /^asyncio-ts: warning TR3001 asyncio\.run\(\) cancels the (\d+) tasks still running at its end in the order of a set/;

describe("tasks cancelled at the end of asyncio.run", () => {
  it("warns once, before the first output that CPython may order differently; the lines are CPython's", async () => {
    const source = program(12, true);
    const [mine, python] = await Promise.all([ours(source), runPython(source)]);
    assert.match(mine.stderr, warning);
    assert.equal(mine.stderr.split("\n").filter((l) => l !== "").length, 1);
    assert.equal(warning.exec(mine.stderr)![1], "12");
    // The same lines as CPython's, whatever their order there.
    assert.deepEqual(mine.stdout.split("\n").sort(), python.stdout.split("\n").sort());
    assert.equal(mine.stdout.split("\n")[1], "t0 cleaned up");
  });

  it("says nothing when a single task is left, or when the cancelled tasks print nothing", async () => {
    for (const source of [program(1, true), program(3, false)]) {
      const [mine, python] = await Promise.all([ours(source), runPython(source)]);
      assert.equal(mine.stderr, "");
      assert.equal(mine.stdout, python.stdout);
    }
  });
});
