# A task may catch CancelledError, sleep again normally and return a value to its awaiter.
import asyncio


async def worker():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("worker: cancelled, cleaning up for 1 s")
    await asyncio.sleep(1)
    print("worker: returning normally")
    return "finished anyway"


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(1)
    print("cancel() ->", t.cancel())
    r = await t
    print("result:", r, "cancelled():", t.cancelled())
    return r
