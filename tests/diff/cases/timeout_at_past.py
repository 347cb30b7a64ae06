# asyncio.timeout_at() with a deadline already past strikes on the next turn; timeout(0) the same.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(1)
    try:
        async with asyncio.timeout_at(loop.time() - 1):
            print("inside the scope")
            await asyncio.sleep(0)
            print("never printed")
    except TimeoutError:
        print("TimeoutError at once")
    try:
        async with asyncio.timeout(0):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout(0): TimeoutError")
    print("done")
