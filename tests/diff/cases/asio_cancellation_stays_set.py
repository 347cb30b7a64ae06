# Part ways: a cancellation is delivered once; a coroutine that catches it can await again.
import asyncio


async def worker():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("worker: cancelled, cleaning up")
    await asyncio.sleep(1)
    print("worker: cleaned up")


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(1)
    t.cancel()
    await t
    print("main: worker ended")
