# dict and list items, f-string formats, range as a value and a division whose divisor is a variable
import asyncio


async def report(prices, names):
    await asyncio.sleep(0.01)
    count = len(names)
    for i in range(count):
        name = names[i]
        print(f"{name:<6}|{prices[name]:.2f}|{i:>3}")
    print("last:", names[-1])
    print("shares", [p / count for p in prices.values()])


async def main():
    offsets = list(range(2, 5))
    print(offsets[0] + offsets[-1])
    await report({"tea": 2.125, "cake": 3.5}, ["tea", "cake"])


asyncio.run(main())
