# a task starts when main waits, not when it is created
import asyncio


async def worker(name, delay):
    print(f"{name} starts")
    await asyncio.sleep(delay)
    print(f"{name} ends")
    return len(name)


async def main():
    first = asyncio.create_task(worker("first", 0.3))
    second = asyncio.create_task(worker("second", 0.1))
    print("both created")
    a = await first
    b = await second
    print("lengths", a, b)


asyncio.run(main())
