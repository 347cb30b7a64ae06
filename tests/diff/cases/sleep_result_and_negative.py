# sleep(delay, result) returns result; a negative delay acts like sleep(0) and still yields once.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    r = await asyncio.sleep(1, result="醒了")
    print("sleep(1) ->", r)
    loop.call_soon(print, "callback queued before sleep(-5)")
    r = await asyncio.sleep(-5, result="negative")
    print("sleep(-5) ->", r)
    return r
