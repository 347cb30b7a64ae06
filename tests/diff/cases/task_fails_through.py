# A task's failure comes through what awaits it: shield() passes it on to the awaiter, and
# wait_for() raises it at once, before its timeout, which never fires.
import asyncio


async def fails():
    await asyncio.sleep(1)
    raise ValueError("failed after 1 s")


async def main():
    t = asyncio.create_task(fails())
    try:
        await asyncio.shield(t)
    except ValueError as e:
        print("shield raised:", e)
    print("t.exception():", repr(t.exception()))
    t = asyncio.create_task(fails())
    try:
        await asyncio.wait_for(t, timeout=4)
    except ValueError as e:
        print("wait_for raised:", e)
    await asyncio.sleep(4)
    print("the 4 s timeout never fired")
