# gather() over tasks that are already done still suspends the awaiter for a loop turn.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    t1 = asyncio.create_task(asyncio.sleep(0, result=1))
    t2 = asyncio.create_task(asyncio.sleep(0, result=2))
    await asyncio.sleep(1)
    print("done:", t1.done(), t2.done())
    loop.call_soon(print, "callback between")
    res = await asyncio.gather(t1, t2)
    print("gather:", res)
