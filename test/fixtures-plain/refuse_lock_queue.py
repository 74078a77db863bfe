# Lock and Queue have no counterpart in JavaScript's standard library
import asyncio


async def main():
    lock = asyncio.Lock()
    queue = asyncio.Queue()
    async with lock:
        await queue.put(1)
    print(await queue.get())


asyncio.run(main())
