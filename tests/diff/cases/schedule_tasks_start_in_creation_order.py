# Tasks take their first step in creation order, interleaved with call_soon callbacks in queue order.
import asyncio


async def job(name):
    print(name, "first step")
    await asyncio.sleep(0)
    print(name, "second step")


async def main():
    loop = asyncio.get_running_loop()
    a = asyncio.create_task(job("a"))
    loop.call_soon(print, "callback between a and b")
    b = asyncio.create_task(job("b"))
    print("main yields")
    await asyncio.gather(a, b)
