# set_exception() on a future: its awaiter raises that exception.
import asyncio


async def failer(fut):
    await asyncio.sleep(1)
    fut.set_exception(KeyError("missing"))
    print("failer: set_exception() done")


async def main():
    fut = asyncio.get_running_loop().create_future()
    t = asyncio.create_task(failer(fut))
    try:
        await fut
    except KeyError as e:
        print("awaiter raised KeyError:", e)
    print("exception():", repr(fut.exception()))
    await t
