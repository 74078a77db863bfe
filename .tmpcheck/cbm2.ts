import { Event, coroutineAt, createTask, print, run, sleep } from "asyncio-ts/runtime";

function trigger(ev: Event, n: number): void {
  print("trigger", n);
  ev.set();
}

async function sensor(cb: (ev: Event, n: number) => void, n: number, ev: Event): Promise<void> {
  await sleep(0.1);
  cb(ev, n);
}

async function main(): Promise<void> {
  const ev = new Event();
  createTask(coroutineAt("sensor", 5, () => sensor(trigger, 1, ev)));
  await ev.wait();
  print("done");
}

run(main);
