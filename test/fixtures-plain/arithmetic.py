# // and % on negative numbers, and print's formatting of a float
import asyncio


async def main():
    await asyncio.sleep(0)
    print(7 // 2, -7 // 2)
    print(7 % 3, -7 % 3)
    print(str(2.0), 2.5)


asyncio.run(main())
