# Part ways: asio's `a && b` is not gather: when one fails, gather lets the other run on.
import asyncio


async def fails():
    await asyncio.sleep(1)
    raise ValueError("a failed")


async def works():
    try:
        await asyncio.sleep(2)
        print("b finished")
    except asyncio.CancelledError:
        print("b cancelled")
        raise


async def main():
    a = asyncio.create_task(fails())
    b = asyncio.create_task(works())
    try:
        await asyncio.gather(a, b)
    except ValueError as e:
        print("raised:", e)
    await asyncio.sleep(2)
    print("b.cancelled():", b.cancelled())
