# A cancel from outside a TaskGroup cancels its tasks, waits for them, and leaves as CancelledError.
import asyncio


async def job(name):
    try:
        await asyncio.sleep(5)
    finally:
        print(name, "cleans up")


async def worker():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(job("a"))
        tg.create_task(job("b"))


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("worker cancelled:", t.cancelled())
