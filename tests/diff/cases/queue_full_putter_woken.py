# get() on a full queue wakes the blocked putter, but its item is not in the queue until the putter
# runs; a put_nowait() in between takes the slot first, and the woken putter waits again.
import asyncio


async def putter(q, item):
    print(f"putter: put({item!r}) waits, the queue is full")
    await q.put(item)
    print(f"putter: put({item!r}) done, qsize", q.qsize())


async def main():
    q = asyncio.Queue(maxsize=1)
    q.put_nowait("a")
    t = asyncio.create_task(putter(q, "b"))
    await asyncio.sleep(1)
    print("get() ->", await q.get())
    print("right after get(): qsize", q.qsize(), "full", q.full())
    await asyncio.sleep(0)
    print("one turn later: qsize", q.qsize(), "full", q.full())
    await t
    t = asyncio.create_task(putter(q, "p"))
    await asyncio.sleep(1)
    print("get_nowait() ->", q.get_nowait())
    q.put_nowait("c")
    print("main refilled the queue")
    await asyncio.sleep(1)
    print("putter done?", t.done())
    print("get_nowait() ->", q.get_nowait())
    await t
    print("get_nowait() ->", q.get_nowait())
