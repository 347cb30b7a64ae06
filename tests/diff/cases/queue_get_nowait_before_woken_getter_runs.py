# put() wakes a waiting getter, but get_nowait() takes the item first: the getter goes back to waiting.
import asyncio


async def getter(q):
    print("getter: waiting")
    item = await q.get()
    print("getter got", item)


async def main():
    q = asyncio.Queue()
    t = asyncio.create_task(getter(q))
    await asyncio.sleep(1)
    q.put_nowait("x")
    print("main: get_nowait() ->", q.get_nowait())
    await asyncio.sleep(1)
    print("getter done?", t.done())
    q.put_nowait("y")
    await t
