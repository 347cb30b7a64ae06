# as_completed() yields results in the order the tasks end, not the order they were given.
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    tasks = [asyncio.create_task(job(n, d)) for n, d in (("slow", 3), ("fast", 1), ("middle", 2))]
    for next_done in asyncio.as_completed(tasks):
        print("got", await next_done)
