# With return_exceptions=True a cancelled child shows up as a CancelledError in the results.
import asyncio


async def main():
    a = asyncio.create_task(asyncio.sleep(3, result="a"))
    b = asyncio.create_task(asyncio.sleep(2, result="b"))
    g = asyncio.gather(a, b, return_exceptions=True)
    await asyncio.sleep(1)
    a.cancel()
    res = await g
    print([type(r).__name__ for r in res])
    print("b:", res[1], "g.cancelled():", g.cancelled())
