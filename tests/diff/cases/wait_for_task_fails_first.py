# The task fails before the timeout: wait_for raises its error at once; the timeout never fires.
import asyncio


async def fails():
    await asyncio.sleep(1)
    raise ValueError("failed at 1 s")


async def main():
    t = asyncio.create_task(fails())
    try:
        await asyncio.wait_for(t, timeout=4)
    except ValueError as e:
        print("wait_for raised:", e)
    await asyncio.sleep(4)
    print("the 4 s timeout never fired")
