# Event.set() wakes every waiter, in the order they started waiting; set() itself does not yield.
import asyncio


async def waiter(ev, name):
    print(name, "waits")
    r = await ev.wait()
    print(name, "woke:", r)


async def main():
    ev = asyncio.Event()
    ts = [asyncio.create_task(waiter(ev, n)) for n in ("a", "b", "c")]
    await asyncio.sleep(1)
    print("set()")
    ev.set()
    print("after set(): is_set() =", ev.is_set())
    await asyncio.gather(*ts)
    print("all woke")
