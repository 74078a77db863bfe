# TaskGroup cancels its other tasks when one fails: the platform has no task cancellation
import asyncio


async def job(n):
    await asyncio.sleep(0.01 * n)
    return n


async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(job(1))
        t2 = tg.create_task(job(2))
    print(t1.result() + t2.result())


asyncio.run(main())
