# Cancelling the task that awaits shield(inner) cancels only that wait; the inner task runs to its end.
import asyncio


async def inner():
    await asyncio.sleep(2)
    print("inner done")
    return 5


async def waiter(t):
    try:
        return await asyncio.shield(t)
    except asyncio.CancelledError:
        print("waiter cancelled")
        raise


async def main():
    t = asyncio.create_task(inner())
    w = asyncio.create_task(waiter(t))
    await asyncio.sleep(1)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("w.cancelled():", w.cancelled(), "inner cancelled:", t.cancelled())
    print("inner result:", await t)
