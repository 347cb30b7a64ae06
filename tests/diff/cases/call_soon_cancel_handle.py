# A call_soon handle cancelled before its turn never runs.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    h1 = loop.call_soon(print, "cancelled callback")
    loop.call_soon(print, "kept callback")
    h1.cancel()
    print("h1.cancelled():", h1.cancelled())
    await asyncio.sleep(0)
    print("after one turn")
