# Try: select everything (Ctrl+A), right-click > Asyncio: Translate Selection to TypeScript, then Run and
# Compare with Python. gather() becomes Promise.all here; see the note on why that is safe in this program.
#
# SuperFastPython.com
# example of asyncio gather return values
import asyncio

# coroutine used for a task
async def task_coro(value):
    # sleep for a moment
    await asyncio.sleep(2)
    # return the result
    return value * 100

# coroutine used for the entry point
async def main():
    # report a message
    print('Main starting')
    # create many coroutines
    coros = [task_coro(i) for i in range(5)]
    # run the tasks in the background
    results = await asyncio.gather(*coros)
    # report type of return value
    print(type(results))
    # report results
    for result in results:
        print(result)
    # report a message
    print('Main done')

# start the asyncio program
asyncio.run(main())
