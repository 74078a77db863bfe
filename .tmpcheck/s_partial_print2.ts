import { getRunningLoop, partial, print, printWith, run, sleep } from "asyncio-ts/runtime";

const p = partial(print, "a");
p("b");
const q = partial(printWith, { end: "!\n" });
q("c");

async function main(): Promise<void> {
  const loop = getRunningLoop();
  loop.callSoon(partial(printWith, { sep: "+" }, "x", "y"));
  await sleep(0);
}

run(main);
