# set_result() queues the awaiting task's wake-up: callbacks queued earlier run before it, later ones after.
import asyncio


async def waiter(fut):
    print("waiter got", await fut)


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    w = asyncio.create_task(waiter(fut))
    await asyncio.sleep(0)
    loop.call_soon(print, "queued before set_result")
    fut.set_result(1)
    loop.call_soon(print, "queued after set_result")
    await w
    print("main resumes")
