# exception() on a cancel-requested task is still InvalidStateError; once it is cancelled it raises CancelledError.
import asyncio


async def main():
    t = asyncio.create_task(asyncio.sleep(5))
    await asyncio.sleep(1)
    print("cancel() ->", t.cancel())
    try:
        t.exception()
    except asyncio.InvalidStateError as e:
        print("right after cancel():", type(e).__name__, e)
    await asyncio.sleep(0)
    print("cancelled():", t.cancelled(), "done():", t.done())
    try:
        t.exception()
    except asyncio.CancelledError:
        print("exception() raised CancelledError")
    try:
        t.result()
    except asyncio.CancelledError:
        print("result() raised CancelledError")
