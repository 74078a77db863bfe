# the loop object's time() and run_until_complete(), random on Math.random() (no seed), and list and str
# methods the runtime keeps as helpers: pop, index, rjust, str.format
import asyncio
import random


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    random.seed(7)
    roll = random.randint(1, 6)
    print("roll in range:", 1 <= roll and roll <= 6)
    await asyncio.sleep(0.2)
    print("over 0.1 s later:", loop.time() - start > 0.1)
    queue = ["a", "b", "c"]
    print(queue.pop(), queue.pop(0), queue.index("b"))
    print("{} and {}".format("x", "y"), "7".rjust(3, "0"))


loop = asyncio.new_event_loop()
loop.run_until_complete(main())
loop.close()
