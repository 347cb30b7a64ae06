# cancelling() counts cancel() calls; uncancel() takes one back; a task that catches CancelledError goes on.
import asyncio


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        me = asyncio.current_task()
        print("caught; cancelling() =", me.cancelling())
        print("uncancel() ->", me.uncancel())
        print("uncancel() ->", me.uncancel())
    await asyncio.sleep(1)
    print("went on to the end")
    return "done"


async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0.5)
    print("cancel() ->", t.cancel())
    print("cancel() ->", t.cancel())
    print("cancelling() =", t.cancelling())
    print("result:", await t)
    print("cancelled():", t.cancelled(), "cancelling() =", t.cancelling())
    print("cancel() on a done task ->", t.cancel())
