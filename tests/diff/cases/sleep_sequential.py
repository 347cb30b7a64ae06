# Sleeps awaited one after another add up: 1 s then 2 s ends at 3 s.
import asyncio


async def main():
    print("start")
    await asyncio.sleep(1)
    print("after 1 s")
    await asyncio.sleep(2)
    print("after 2 s more")
    await asyncio.sleep(0.5)
    print("after 0.5 s more")
    return "done"
