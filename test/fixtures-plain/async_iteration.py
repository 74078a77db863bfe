# async for over an async generator and over a class with __aiter__/__anext__ (Symbol.asyncIterator in plain TypeScript)
import asyncio


class Countdown:
    def __init__(self, start):
        self.current = start

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.current == 0:
            raise StopAsyncIteration
        self.current -= 1
        await asyncio.sleep(0.01)
        return f"T-{self.current}"


async def ticks(n):
    for i in range(n):
        await asyncio.sleep(0.01)
        yield f"tick {i}"


async def main():
    async for label in ticks(2):
        print(label)
    async for label in Countdown(3):
        print(label)
    print("liftoff")


asyncio.run(main())
