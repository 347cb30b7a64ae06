# call_soon() callbacks run in FIFO order, only once the current task yields, before it resumes.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    for i in range(3):
        loop.call_soon(print, "callback", i)
    print("scheduled three, none ran yet")
    await asyncio.sleep(0)
    print("after sleep(0)")
