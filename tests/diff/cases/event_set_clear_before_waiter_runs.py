# set() then clear() at once: the waiter already woken by set() still returns True.
import asyncio


async def waiter(ev):
    r = await ev.wait()
    print("waiter: wait() ->", r, "is_set() =", ev.is_set())


async def main():
    ev = asyncio.Event()
    t = asyncio.create_task(waiter(ev))
    await asyncio.sleep(1)
    ev.set()
    ev.clear()
    print("set() and clear() done")
    await t
