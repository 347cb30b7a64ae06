# Awaiting a coroutine directly runs it inline: no loop turn passes until something really suspends.
import asyncio


async def helper(n):
    print("helper", n, "runs inline")
    return n + 1


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(print, "callback")
    x = await helper(1)
    x = await helper(x)
    print("still no turn, x =", x)
    await asyncio.sleep(0)
    print("after sleep(0)")
