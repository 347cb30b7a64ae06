# sleep(0) yields exactly one loop turn: two tasks looping on it alternate step by step.
import asyncio


async def spin(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
    print(name, "done")


async def main():
    await asyncio.gather(spin("A", 3), spin("B", 3))
