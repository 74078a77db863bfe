# gather keeps argument order; type() and a list print differently in plain TypeScript
import asyncio


async def square(n):
    await asyncio.sleep(0.01 * (3 - n))
    return n * n


async def main():
    print("starting")
    results = await asyncio.gather(square(1), square(2), square(3))
    print(type(results))
    print(results)
    for value in results:
        print(value)
    print("done")


asyncio.run(main())
