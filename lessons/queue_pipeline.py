# Try: translate and Run. A producer fills a bounded queue (maxsize=2) while two consumers drain it, so the
# producer waits whenever the queue is full. Change maxsize or the sleeps and compare the order with Python.
import asyncio


async def producer(queue):
    for item in range(6):
        await queue.put(item)
        print(f"produced {item}")
    for _ in range(2):
        await queue.put(None)


async def consumer(name, queue):
    while True:
        item = await queue.get()
        if item is None:
            queue.task_done()
            break
        await asyncio.sleep(1)
        print(f"{name} consumed {item}")
        queue.task_done()


async def main():
    queue = asyncio.Queue(maxsize=2)
    consumers = [asyncio.create_task(consumer(f"consumer-{i}", queue)) for i in range(2)]
    await producer(queue)
    await queue.join()
    await asyncio.gather(*consumers)
    print("pipeline drained")


asyncio.run(main())
