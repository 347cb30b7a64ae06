# What gather does when one of its arguments fails, and what a TaskGroup does instead.
import asyncio


async def say_after(delay, what):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(what, "cancelled")
        raise
    return f"{what} - {delay}"

async def fail_after(delay):
    await asyncio.sleep(delay)
    raise ValueError(f"failed after {delay}")

async def main():
    task = asyncio.create_task(say_after(2, "world"))
    try:
        await asyncio.gather(fail_after(1), task)
    except ValueError as e:
        print("gather:", e)
    print(await task)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail_after(1))
            tg.create_task(say_after(2, "world"))
    except* ValueError as eg:
        print("TaskGroup:", eg.exceptions[0])

asyncio.run(main())
