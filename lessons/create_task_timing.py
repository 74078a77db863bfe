# Try: translate and Run, and watch the timeline: a task starts running only when main() awaits something not yet done,
# not when create_task() is called. Move the "tasks created" print below the first await and compare again.
import asyncio


async def worker(name, delay):
    print(f"{name} started")
    await asyncio.sleep(delay)
    print(f"{name} done after {delay}s")
    return delay


async def main():
    slow = asyncio.create_task(worker("slow", 3))
    fast = asyncio.create_task(worker("fast", 1))
    print("tasks created, none has started yet")
    await asyncio.sleep(0)
    print("main yielded once: both tasks have started")
    print("fast returned", await fast)
    print("slow returned", await slow)


asyncio.run(main())
