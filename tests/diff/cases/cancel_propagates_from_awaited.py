# A task awaiting a task that gets cancelled receives CancelledError and ends cancelled too.
import asyncio


async def inner():
    await asyncio.sleep(5)


async def outer(t):
    await t
    print("not reached")


async def main():
    i = asyncio.create_task(inner())
    o = asyncio.create_task(outer(i))
    await asyncio.sleep(1)
    i.cancel()
    try:
        await o
    except asyncio.CancelledError:
        print("outer.cancelled():", o.cancelled(), "inner.cancelled():", i.cancelled())
