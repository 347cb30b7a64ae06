# A cancelled call_later handle never runs; cancel() after it ran still marks it cancelled.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    h1 = loop.call_later(1, print, "never printed")
    h2 = loop.call_later(2, print, "h2 runs")
    await asyncio.sleep(0.5)
    h1.cancel()
    print("h1.cancelled():", h1.cancelled())
    await asyncio.sleep(2)
    print("h2.cancelled() after it ran:", h2.cancelled())
    h2.cancel()
    print("h2.cancelled() after cancel():", h2.cancelled())
