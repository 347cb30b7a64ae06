# shield() passes the inner task's exception on to the awaiter.
import asyncio


async def job():
    await asyncio.sleep(1)
    raise RuntimeError("inner failed")


async def main():
    t = asyncio.create_task(job())
    try:
        await asyncio.shield(t)
    except RuntimeError as e:
        print("caught:", e)
    print("t.exception():", repr(t.exception()))
