# Awaiting a task that is already done returns its result at once, without yielding to the loop.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(asyncio.sleep(1, result=7))
    print("first await:", await t)
    loop.call_soon(print, "callback runs")
    print("second await:", await t)
    print("no yield happened yet")
    await asyncio.sleep(0)
    print("after sleep(0)")
