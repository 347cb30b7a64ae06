# Cancelling the task that awaits gather() cancels every unfinished child; the awaiter sees CancelledError.
import asyncio


async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "finished")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def parent():
    try:
        await asyncio.gather(child("a", 1), child("b", 3), child("c", 4))
    except asyncio.CancelledError:
        print("parent sees CancelledError")
        raise


async def main():
    p = asyncio.create_task(parent())
    await asyncio.sleep(2)
    print("cancel() ->", p.cancel())
    try:
        await p
    except asyncio.CancelledError:
        print("parent.cancelled():", p.cancelled())
