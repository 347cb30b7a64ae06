# get() wakes the putter of a full queue, but put_nowait() takes the slot first: the putter waits again.
import asyncio


async def putter(q):
    await q.put("p")
    print("putter: put done")


async def main():
    q = asyncio.Queue(maxsize=1)
    q.put_nowait("a")
    t = asyncio.create_task(putter(q))
    await asyncio.sleep(1)
    print("get_nowait() ->", q.get_nowait())
    q.put_nowait("b")
    print("main refilled the queue")
    await asyncio.sleep(1)
    print("putter done?", t.done())
    print("get_nowait() ->", q.get_nowait())
    await t
    print("get_nowait() ->", q.get_nowait())
