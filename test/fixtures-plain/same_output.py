# nothing here depends on asyncio's own semantics: plain TypeScript prints what CPython prints
import asyncio


async def step(label, delay):
    await asyncio.sleep(delay)
    print(f"{label} done")
    return label


async def main():
    print("begin")
    await step("one", 0.01)
    labels = await asyncio.gather(step("slow", 0.03), step("fast", 0.01))
    print("joined: " + " and ".join(labels))
    await asyncio.sleep(0)
    print("end")


asyncio.run(main())
