# create_task() schedules a coroutine: it starts only when main yields, and the tasks run concurrently.
import asyncio


async def work(name, delay):
    print(f"{name}: Start")
    await asyncio.sleep(delay)
    print(f"{name}: End")
    return name


async def main():
    t1 = asyncio.create_task(work("Task 1", 1))
    t2 = asyncio.create_task(work("Task 2", 2))
    print("两个任务已创建")
    r1 = await t1
    r2 = await t2
    print("results:", r1, r2)
    return [r1, r2]
