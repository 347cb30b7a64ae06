# TaskGroup: the first failure cancels the other tasks and the body; the errors leave as one ExceptionGroup.
import asyncio


async def job(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise
    if fail:
        raise ValueError(name)
    print(name, "done")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("a", 0.5))
            tg.create_task(job("b", 1, fail=True))
            tg.create_task(job("c", 2))
            await asyncio.sleep(3)
            print("never printed: the body is cancelled too")
    except* ValueError as eg:
        print("ExceptionGroup:", [str(e) for e in eg.exceptions])
    print("cancelling() after the group:", asyncio.current_task().cancelling())
