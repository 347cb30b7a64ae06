# Timers fire in deadline order whatever order they were set in; equal deadlines in setting order.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    now = loop.time()
    loop.call_at(now + 3, print, "call_at(now + 3)")
    loop.call_later(1, print, "call_later(1)")
    loop.call_at(now + 2, print, "call_at(now + 2)")
    loop.call_later(2, print, "call_later(2), same deadline, set later")
    loop.call_later(0.5, print, "call_later(0.5)")
    await asyncio.sleep(3.5)
    print("main ends")
