# A getter woken by put() but cancelled before it runs passes the wake-up on: no item is lost.
import asyncio


async def getter(q, name):
    try:
        item = await q.get()
        print(name, "got", item)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    q = asyncio.Queue()
    a = asyncio.create_task(getter(q, "a"))
    b = asyncio.create_task(getter(q, "b"))
    await asyncio.sleep(1)
    q.put_nowait("x")
    print("a.cancel() ->", a.cancel())
    res = await asyncio.gather(a, b, return_exceptions=True)
    print([type(r).__name__ for r in res], "qsize", q.qsize())
