# A bare Future resolved by another task: the awaiter resumes with the value.
import asyncio


async def resolver(fut):
    await asyncio.sleep(1)
    fut.set_result("来自另一个任务")
    print("resolver: set_result() done")


async def main():
    fut = asyncio.get_running_loop().create_future()
    asyncio.create_task(resolver(fut))
    print("waiting for the future")
    print("got:", await fut)
    print("done():", fut.done())
