# task.cancel() has no plain form: a promise cannot be cancelled (wait_for has one, without the cancelling:
# see interleave_and_timeout)
import asyncio


async def forever():
    while True:
        await asyncio.sleep(1)


async def main():
    task = asyncio.create_task(forever())
    await asyncio.sleep(0.01)
    task.cancel()
    print("cancelled")


asyncio.run(main())
