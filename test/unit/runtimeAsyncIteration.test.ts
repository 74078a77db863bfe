// Async generators on the runtime: each case is a Python program and its hand translation; the expected
// output is what python3 (CPython 3.11) prints for the Python program, run during the test.
import assert from "node:assert/strict";
import { aclose, aiter, anext, closeWhenDropped, keepOpen } from "../../src/runtime/asyncIteration";
import { BaseException, GeneratorExit, StopAsyncIteration } from "../../src/runtime/exceptions";
import { print } from "../../src/runtime/print";
import { str } from "../../src/runtime/repr";
import { type Coroutine, sleep } from "../../src/runtime/tasks";
import { runOurs, runPython } from "./runtimeHarness.test";

interface Case {
  readonly name: string;
  readonly py: string;
  readonly main: Coroutine<unknown>;
}

async function* ticks(label: string): AsyncGenerator<number, void, undefined> {
  try {
    for (let i = 0; i < 5; i++) yield i;
  } catch (err) {
    print(label, "caught", err instanceof BaseException ? err.name : "?");
    throw err;
  } finally {
    print(label, "finally");
  }
}

const ticksPy = `
import asyncio
async def ticks(label):
    try:
        for i in range(5):
            yield i
    except BaseException as e:
        print(label, "caught", type(e).__name__)
        raise
    finally:
        print(label, "finally")
`;

const cases: Case[] = [
  {
    name: "break leaves a generator in a variable suspended; aclose() raises GeneratorExit at its yield",
    py: `${ticksPy}
async def main():
    gen = ticks("g")
    async for n in gen:
        if n == 1:
            break
    print("after break")
    async for n in gen:
        print("resumed at", n)
        break
    await gen.aclose()
    print("closed")
asyncio.run(main())`,
    main: async () => {
      const gen = ticks("g");
      for await (const n of keepOpen(gen)) if (n === 1) break;
      print("after break");
      for await (const n of keepOpen(gen)) {
        print("resumed at", n);
        break;
      }
      await aclose(gen);
      print("closed");
    },
  },
  {
    name: "a generator dropped by break is closed in a new task two loop passes later",
    py: `${ticksPy}
async def main():
    async for n in ticks("t"):
        break
    print("after break")
    await asyncio.sleep(0)
    print("pass 1")
    await asyncio.sleep(0)
    print("pass 2")
asyncio.run(main())`,
    main: async () => {
      for await (const _n of closeWhenDropped(ticks("t"))) break;
      print("after break");
      await sleep(0);
      print("pass 1");
      await sleep(0);
      print("pass 2");
    },
  },
  {
    name: "asyncio.run closes the generators still suspended when main ends",
    py: `${ticksPy}
gen = ticks("s")
async def main():
    print(await anext(gen))
    print("main done")
asyncio.run(main())
print("after run")`,
    main: async () => {
      const gen = ticks("s");
      print(await anext(gen));
      print("main done");
    },
  },
  {
    name: "aiter() adapts __aiter__/__anext__; StopAsyncIteration ends the loop; anext() takes a default",
    py: `
import asyncio
class Count:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
async def main():
    async for x in Count(2):
        print(x)
    c = Count(1)
    print(await anext(c), await anext(c, "done"))
    try:
        await anext(c)
    except StopAsyncIteration:
        print("stop")
asyncio.run(main())`,
    main: async () => {
      class Count {
        i = 0;
        constructor(readonly n: number) {}
        __aiter__(): Count {
          return this;
        }
        async __anext__(): Promise<number> {
          if (this.i >= this.n) throw new StopAsyncIteration();
          return ++this.i;
        }
      }
      for await (const x of aiter(new Count(2))) print(x);
      const c = new Count(1);
      print(await anext(c), await anext(c, "done"));
      try {
        await anext(c);
      } catch (err) {
        if (err instanceof StopAsyncIteration) print("stop");
      }
    },
  },
  {
    name: "a generator that swallows GeneratorExit and yields again makes aclose() raise RuntimeError",
    py: `
import asyncio
async def stubborn():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print("ignoring GeneratorExit")
async def main():
    gen = stubborn()
    await anext(gen)
    try:
        await gen.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)
asyncio.run(main())`,
    main: async () => {
      async function* stubborn(): AsyncGenerator<number, void, undefined> {
        for (;;) {
          try {
            yield 1;
          } catch (err) {
            if (!(err instanceof GeneratorExit)) throw err;
            print("ignoring GeneratorExit");
          }
        }
      }
      const gen = stubborn();
      await anext(gen);
      try {
        await aclose(gen);
      } catch (err) {
        print("RuntimeError:", str(err));
      }
    },
  },
];

describe("runtime async generators (expected: python3's output)", () => {
  for (const c of cases) {
    it(c.name, async () => {
      const expected = await runPython(c.py);
      const ours = await runOurs(c.main);
      assert.equal(ours.stdout, expected.stdout.replace(/after run\n$/, ""));
      assert.equal(ours.exitCode, expected.exitCode);
    });
  }
});
