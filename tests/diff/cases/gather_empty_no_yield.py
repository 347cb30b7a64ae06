# gather() with no arguments returns [] without suspending: its future is done already.
import asyncio


async def main():
    asyncio.get_running_loop().call_soon(print, "callback")
    print("gather() ->", await asyncio.gather())
    await asyncio.sleep(0)
    print("after sleep(0)")
