# print with sep and end
import asyncio


async def main():
    for i in range(3):
        print("tick", i, sep=":", end="; ")
        await asyncio.sleep(0.01)
    print()
    print("a", "b", sep="")


asyncio.run(main())
print("after the loop")
