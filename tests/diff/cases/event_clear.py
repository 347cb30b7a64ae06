# clear() resets the event: a later wait() blocks again until the next set().
import asyncio


async def setter(ev):
    await asyncio.sleep(1)
    ev.set()
    print("set")
    await asyncio.sleep(1)
    ev.clear()
    print("cleared, is_set() =", ev.is_set())
    await asyncio.sleep(1)
    ev.set()
    print("set again")


async def main():
    ev = asyncio.Event()
    s = asyncio.create_task(setter(ev))
    await ev.wait()
    print("first wait returned")
    await asyncio.sleep(1.5)
    await ev.wait()
    print("second wait returned")
    await s
