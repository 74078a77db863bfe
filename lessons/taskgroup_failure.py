# Try: translate and Run. When one task in a TaskGroup fails, the group cancels its siblings and raises an
# ExceptionGroup once they have all finished; `except*` picks the RuntimeErrors out of it. Make "flaky"
# succeed and compare again.
import asyncio


async def job(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise RuntimeError(f"{name} broke")
        print(f"{name} finished")
    except asyncio.CancelledError:
        print(f"{name} was cancelled")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(job("quick", 1))
            group.create_task(job("flaky", 2, fail=True))
            group.create_task(job("slow", 5))
    except* RuntimeError as group_error:
        for error in group_error.exceptions:
            print("caught:", repr(error))
    print("main goes on")


asyncio.run(main())
