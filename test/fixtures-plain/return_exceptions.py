# return_exceptions=True: values and exception objects in argument order (allSettled in plain TypeScript)
import asyncio


async def job(name, fail):
    await asyncio.sleep(0.01)
    if fail:
        raise ValueError(f"{name} failed")
    return name.upper()


async def main():
    results = await asyncio.gather(job("a", False), job("b", True), job("c", False), return_exceptions=True)
    for r in results:
        if isinstance(r, Exception):
            print("error", repr(r))
        else:
            print("value", r)


asyncio.run(main())
