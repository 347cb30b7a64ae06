# The three things a coroutine can await: a coroutine, a future and a task.
import asyncio


async def add_one(number):
    return number + 1

async def main():
    print(await add_one(1))
    loop = asyncio.get_running_loop()
    future = loop.create_future()
    loop.call_later(1, future.set_result, "hello")
    print(await future)
    task = asyncio.create_task(add_one(2))
    print(await task)

asyncio.run(main())
