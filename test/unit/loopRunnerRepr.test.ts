// The task a loop runner makes (asyncio.run, run_until_complete) lists asyncio's own done-callback in its repr,
// with the path of the asyncio package of the Python that runs it: compared here with python3 itself, live,
// since that path belongs to the machine and cannot be a fixture's expected output.
import assert from "node:assert/strict";
import { standaloneJs } from "../../src/assemble";
import { translate } from "../../src/pipeline";
import { probePython, runPython } from "../../src/run/pythonRunner";
import { runJavaScript } from "../../src/run/runJavaScript";

const mainTask = `import asyncio

async def main():
    print(asyncio.current_task())
    await asyncio.sleep(0)

asyncio.run(main())
`;

const runUntilComplete = `import asyncio

async def work():
    print(asyncio.current_task())
    return 3

loop = asyncio.new_event_loop()
print(loop.run_until_complete(work()))
loop.close()
`;

const taskSet = `import asyncio

async def child():
    await asyncio.sleep(1)

async def main():
    tasks = [asyncio.create_task(child()) for _ in range(3)]
    print(len(asyncio.all_tasks()), asyncio.all_tasks())
    for t in tasks:
        t.cancel()

asyncio.run(main())
`;

// Tasks that gather, wait, as_completed and shield wait for list those functions' callbacks, defined on lines
// of asyncio/tasks.py that move between patch releases (764 in 3.11.7, 754 in 3.11.2).
const waitedTasks = `import asyncio

async def worker(name):
    await asyncio.sleep(0.1)
    print(name, asyncio.current_task())
    return name

async def main():
    await asyncio.gather(worker("gather"))
    await asyncio.wait({asyncio.create_task(worker("wait"))})
    for next_done in asyncio.as_completed([worker("as_completed")]):
        await next_done
    await asyncio.shield(worker("shield"))
    naps = [asyncio.create_task(asyncio.sleep(0)), asyncio.create_task(asyncio.sleep(1))]
    print(naps)
    await asyncio.sleep(0)
    print(naps)

asyncio.run(main())
`;

async function warnings(source: string): Promise<string[]> {
  const t = await translate(source);
  assert.ok(t.ok, "translates");
  return t.diagnostics.filter((d) => d.code === "TR3001").map((d) => d.message);
}

describe("the loop runner's task in reprs", () => {
  for (const [name, source] of [["asyncio.run", mainTask], ["run_until_complete", runUntilComplete]] as const) {
    it(`${name}: prints CPython's line, asyncio's path included, when the host gives that Python's asyncio directory`, async () => {
      const probe = await probePython("python3");
      assert.equal(probe.error, undefined, "python3 answers");
      const dir = probe.asyncioDir;
      const t = await translate(source);
      assert.ok(t.ok);
      const [ours, theirs] = await Promise.all([runJavaScript(standaloneJs(t), { clock: "virtual", events: false, asyncioDir: dir }), runPython("python3", source)]);
      assert.equal(theirs.exitCode, 0, theirs.stderr);
      assert.match(theirs.stdout, /cb=\[_run_until_complete_cb\(\) at .*base_events\.py:\d+\]/);
      assert.equal(ours.stdout, theirs.stdout);
    });
  }

  // python3, and Debian's own where it is another Python (a pyenv python3 beside /usr/bin/python3).
  for (const python of ["python3", "/usr/bin/python3"]) {
    it(`gather, wait, as_completed, shield, and tasks of asyncio.sleep: print the line of the Python at hand (${python})`, async function () {
      const probe = await probePython(python);
      if (probe.error !== undefined) {
        assert.notEqual(python, "python3", probe.error);
        this.skip();
      }
      assert.deepEqual(Object.keys(probe.asyncioLines).sort(), [
        "base_events.py:_run_until_complete_cb",
        "tasks.py:_wait.<locals>._on_completion",
        "tasks.py:as_completed.<locals>._on_completion",
        "tasks.py:gather.<locals>._done_callback",
        "tasks.py:shield.<locals>._inner_done_callback",
        "tasks.py:shield.<locals>._outer_done_callback",
        "tasks.py:sleep",
        "tasks.py:sleep@0",
        "tasks.py:sleep@delay",
      ]);
      const t = await translate(waitedTasks);
      assert.ok(t.ok);
      const [ours, theirs] = await Promise.all([
        runJavaScript(standaloneJs(t), { clock: "virtual", events: false, asyncioDir: probe.asyncioDir, asyncioLines: probe.asyncioLines }),
        runPython(python, waitedTasks),
      ]);
      assert.equal(theirs.exitCode, 0, theirs.stderr);
      for (const name of ["gather.<locals>._done_callback", "_wait.<locals>._on_completion", "as_completed.<locals>._on_completion", "shield.<locals>._inner_done_callback"]) {
        assert.match(theirs.stdout, new RegExp(`cb=\\[${name.replace(/[.<>]/g, "\\$&")}\\(\\) at .*tasks\\.py:\\d+\\]`));
      }
      assert.equal(ours.stdout, theirs.stdout);
    });
  }

  it("says once, on stderr where it happens, that asyncio's place is a guess when no Python was asked", async () => {
    const t = await translate(waitedTasks);
    assert.ok(t.ok);
    const guessed = await runJavaScript(standaloneJs(t), { clock: "virtual", events: false });
    assert.equal(
      guessed.stderr,
      "asyncio-ts: warning TR3001 a repr shows asyncio's own gather.<locals>._done_callback() at /usr/lib/python3.11/asyncio/tasks.py:764, a guess at where the Python that runs this keeps asyncio (compare asks it)\n",
    );
    const probe = await probePython("python3");
    assert.equal(probe.error, undefined);
    const asked = await runJavaScript(standaloneJs(t), { clock: "virtual", events: false, asyncioDir: probe.asyncioDir, asyncioLines: probe.asyncioLines });
    assert.equal(asked.stderr, "");
  });

  it("says that the path depends on the installation, only where the program can reach that task", async () => {
    assert.ok((await warnings(mainTask)).some((m) => m.includes("_run_until_complete_cb")));
    const ownTask = mainTask.replace("print(asyncio.current_task())", "print(asyncio.create_task(asyncio.sleep(0)))");
    assert.ok(!(await warnings(ownTask)).some((m) => m.includes("_run_until_complete_cb")));
  });

  it("prints a function as CPython does but for its address, and says so", async () => {
    const source = "import functools\n\ndef deco(func):\n    @functools.wraps(func)\n    def inner(*args):\n        return func(*args)\n    return inner\n\n@deco\ndef add_one(x):\n    return x + 1\n\ndef outer():\n    def nested_fn():\n        pass\n    return nested_fn\n\nprint(add_one, add_one(1), [outer()], f'{outer}')\n";
    const t = await translate(source);
    assert.ok(t.ok);
    assert.ok((await warnings(source)).some((m) => m.includes("`<function f at 0x7f...>`")));
    const [ours, theirs] = await Promise.all([runJavaScript(standaloneJs(t), { clock: "virtual", events: false }), runPython("python3", source)]);
    const anyAddress = (text: string) => text.replace(/ at 0x[0-9a-f]+>/g, " at 0x...>");
    assert.match(theirs.stdout, /^<function add_one at 0x[0-9a-f]+> 2 \[<function outer\.<locals>\.nested_fn at 0x[0-9a-f]+>\]/);
    assert.equal(anyAddress(ours.stdout), anyAddress(theirs.stdout));
  });

  it("says that CPython orders a printed set of tasks by memory address", async () => {
    assert.ok((await warnings(taskSet)).some((m) => m.includes("order of their memory addresses")));
  });
});
