# A child cancelled on its own makes gather raise CancelledError, though the gather future is not cancelled.
import asyncio


async def main():
    a = asyncio.create_task(asyncio.sleep(3, result="a"))
    b = asyncio.create_task(asyncio.sleep(1, result="b"))
    g = asyncio.gather(a, b)
    await asyncio.sleep(0.5)
    a.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather raised CancelledError")
    print("g.cancelled():", g.cancelled(), "g.done():", g.done(), "b.done():", b.done())
    print("b:", await b)
