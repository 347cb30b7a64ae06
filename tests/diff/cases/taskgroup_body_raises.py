# An exception in the TaskGroup body cancels the tasks; it leaves in the ExceptionGroup with theirs.
import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise KeyError(name)


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("x", 2))
            await asyncio.sleep(1)
            raise ValueError("body")
    except* ValueError as eg:
        print("ValueError in the group:", [str(e) for e in eg.exceptions])
    print("done")
