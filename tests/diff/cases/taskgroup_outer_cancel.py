# A cancel from outside a TaskGroup cancels its tasks, waits for them, and leaves as CancelledError.
# TaskGroup keeps its tasks in a set and cancels them in the set's order (by address), so the
# order of the cleanups is not fixed from run to run: the case prints them sorted.
import asyncio

cleaned = []


async def job(name):
    try:
        await asyncio.sleep(5)
    finally:
        cleaned.append(name)


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
        print("worker cancelled:", t.cancelled(), "cleaned up:", sorted(cleaned))
