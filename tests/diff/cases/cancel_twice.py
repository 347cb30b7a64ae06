# cancel() twice on a pending task: both return True, one CancelledError is delivered; a third, after, returns False.
import asyncio


async def worker():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("worker caught CancelledError")
        raise
    print("not reached")


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(1)
    print("first cancel() ->", t.cancel())
    print("second cancel() ->", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled():", t.cancelled())
    print("third cancel() ->", t.cancel())
