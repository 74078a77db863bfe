# Try: translate this file (Ctrl+Alt+T), Run, then Compare with Python. With return_exceptions=True a failed
# task's exception comes back as a value in the results list; delete that argument and run again to see the
# first exception propagate out of gather instead.
import asyncio


async def fetch(name, delay, fail):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(f"{name} failed")
    print(f"{name} finished after {delay}s")
    return name.upper()


async def main():
    results = await asyncio.gather(
        fetch("alpha", 1, False),
        fetch("beta", 2, True),
        fetch("gamma", 3, False),
        return_exceptions=True,
    )
    for result in results:
        if isinstance(result, Exception):
            print("error:", repr(result))
        else:
            print("value:", result)


asyncio.run(main())
