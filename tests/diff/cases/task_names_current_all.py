# Task names: the defaults Task-N, set_name(), current_task() in a task and in a callback, all_tasks().
import asyncio


async def worker():
    print("worker runs as", asyncio.current_task().get_name())
    await asyncio.sleep(1)


async def main():
    print("main is", asyncio.current_task().get_name())
    t1 = asyncio.create_task(worker())
    t2 = asyncio.create_task(worker(), name="downloader")
    print("names:", t1.get_name(), t2.get_name())
    t1.set_name("renamed")
    asyncio.get_running_loop().call_soon(lambda: print("in a callback:", asyncio.current_task()))
    await asyncio.sleep(0.5)
    print("all tasks:", sorted(t.get_name() for t in asyncio.all_tasks()))
    await asyncio.gather(t1, t2)
    print("all tasks at the end:", sorted(t.get_name() for t in asyncio.all_tasks()))
