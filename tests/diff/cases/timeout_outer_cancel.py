# A cancel from outside during asyncio.timeout() stays a CancelledError, not a TimeoutError.
import asyncio


async def worker():
    try:
        async with asyncio.timeout(5):
            await asyncio.sleep(10)
    except TimeoutError:
        print("never printed: the deadline did not strike")
    finally:
        print("worker leaves its scope")


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("worker cancelled:", t.cancelled())
