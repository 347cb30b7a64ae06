# Ready callbacks run before due timers: call_soon() made after call_later(0) still runs first.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0, print, "call_later(0)")
    loop.call_soon(print, "call_soon")
    await asyncio.sleep(0)
    print("main resumes")
    await asyncio.sleep(0)
    print("main resumes again")
