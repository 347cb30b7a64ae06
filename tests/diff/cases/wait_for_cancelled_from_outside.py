# Cancelling the task awaiting wait_for() cancels the inner task too, long before the timeout.
import asyncio


async def inner():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("inner cancelled")
        raise


async def outer():
    try:
        await asyncio.wait_for(inner(), timeout=3)
    except asyncio.CancelledError:
        print("outer cancelled")
        raise


async def main():
    t = asyncio.create_task(outer())
    await asyncio.sleep(1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("main: outer.cancelled():", t.cancelled())
    await asyncio.sleep(3)
    print("the 3 s timeout never fired")
