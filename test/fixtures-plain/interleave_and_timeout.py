# a coroutine that never suspends, awaited by two workers side by side (they interleave in JavaScript), and
# wait_for on work that outlasts its timeout (Promise.race does not cancel it)
import asyncio


async def double(n):
    return n * 2


async def worker(name):
    for n in range(2):
        value = await double(n)
        print(name, "got", str(value))


async def slow():
    try:
        await asyncio.sleep(0.2)
        print("slow finished")
    finally:
        print("slow ends")


async def main():
    await asyncio.gather(worker("a"), worker("b"))
    try:
        await asyncio.wait_for(slow(), timeout=0.05)
    except asyncio.TimeoutError:
        print("timed out")
    await asyncio.sleep(0.3)
    print("done")


asyncio.run(main())
