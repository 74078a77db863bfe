# a task nobody awaits: asyncio.run cancels it when main returns, Node lets it finish
import asyncio


async def background():
    await asyncio.sleep(0.05)
    print("background finished")


async def main():
    asyncio.create_task(background())
    await asyncio.sleep(0.01)
    print("main returns")


asyncio.run(main())
