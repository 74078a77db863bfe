# task.cancel() and wait_for have no plain form: a promise cannot be cancelled
import asyncio


async def forever():
    while True:
        await asyncio.sleep(1)


async def main():
    task = asyncio.create_task(forever())
    await asyncio.sleep(0.01)
    task.cancel()
    try:
        await asyncio.wait_for(forever(), 0.01)
    except TimeoutError:
        print("timed out")


asyncio.run(main())
