# call_later(0, cb) fires on the next loop turn, after the ready steps: between iterations of a sleep(0) loop.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0, print, "call_later(0) callback")
    for i in range(4):
        print("iteration", i)
        await asyncio.sleep(0)
    print("loop done")
