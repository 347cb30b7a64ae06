# wait() on an event that is already set returns True at once, without yielding.
import asyncio


async def main():
    ev = asyncio.Event()
    ev.set()
    asyncio.get_running_loop().call_soon(print, "callback")
    print("wait() ->", await ev.wait())
    print("still before the callback")
    await asyncio.sleep(0)
    print("after sleep(0)")
