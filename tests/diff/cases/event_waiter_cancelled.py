# A cancelled waiter leaves the event; set() still wakes the other waiters.
import asyncio


async def waiter(ev, name):
    try:
        await ev.wait()
        print(name, "woke")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    ev = asyncio.Event()
    a = asyncio.create_task(waiter(ev, "a"))
    b = asyncio.create_task(waiter(ev, "b"))
    await asyncio.sleep(1)
    a.cancel()
    await asyncio.sleep(1)
    ev.set()
    res = await asyncio.gather(a, b, return_exceptions=True)
    print([type(r).__name__ for r in res])
