# get() on a full queue wakes the blocked putter, but its item is not in the queue until the putter runs.
import asyncio


async def putter(q):
    print("putter: put('b') waits, the queue is full")
    await q.put("b")
    print("putter: put('b') done, qsize", q.qsize())


async def main():
    q = asyncio.Queue(maxsize=1)
    q.put_nowait("a")
    t = asyncio.create_task(putter(q))
    await asyncio.sleep(1)
    print("get() ->", await q.get())
    print("right after get(): qsize", q.qsize(), "full", q.full())
    await asyncio.sleep(0)
    print("one turn later: qsize", q.qsize(), "full", q.full())
    await t
