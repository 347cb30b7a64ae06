# A cancelled task's finally block runs and may await: the task ends only when the cleanup is over.
import asyncio


async def worker():
    try:
        await asyncio.sleep(5)
    finally:
        print("cleanup starts")
        await asyncio.sleep(1)
        print("cleanup ends")


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled after cleanup:", t.cancelled())
