# A putter cancelled while the queue is full adds nothing; the next putter gets the slot.
import asyncio


async def putter(q, item):
    try:
        await q.put(item)
        print("put", item)
    except asyncio.CancelledError:
        print("put", item, "cancelled")
        raise


async def main():
    q = asyncio.Queue(maxsize=1)
    q.put_nowait("a")
    p1 = asyncio.create_task(putter(q, "b"))
    p2 = asyncio.create_task(putter(q, "c"))
    await asyncio.sleep(1)
    p1.cancel()
    await asyncio.sleep(1)
    print("get ->", q.get_nowait())
    await asyncio.gather(p1, p2, return_exceptions=True)
    print("queue now holds", q.get_nowait(), "qsize", q.qsize())
