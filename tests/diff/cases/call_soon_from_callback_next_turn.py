# A callback scheduled by a callback runs on the next loop turn, after the tasks already ready.
import asyncio


def first(loop):
    print("first callback")
    loop.call_soon(second)


def second():
    print("second callback")


async def ticker():
    for i in range(3):
        print("tick", i)
        await asyncio.sleep(0)


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(ticker())
    loop.call_soon(first, loop)
    await t
