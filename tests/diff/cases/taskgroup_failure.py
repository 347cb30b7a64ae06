# A TaskGroup's first failure, in a task or in the body, cancels the other tasks and the body; the
# errors leave as one ExceptionGroup, and the task that ran the group is not left cancelling.
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


async def a_task_fails(tg):
    tg.create_task(job("a", 0.5))
    tg.create_task(job("b", 1, fail=True))
    tg.create_task(job("c", 2))
    await asyncio.sleep(3)
    print("never printed: the body is cancelled too")


async def the_body_raises(tg):
    tg.create_task(job("x", 2))
    await asyncio.sleep(1)
    raise ValueError("body")


async def in_group(body):
    print(body.__name__)
    try:
        async with asyncio.TaskGroup() as tg:
            await body(tg)
    except* ValueError as eg:
        print("ExceptionGroup:", [str(e) for e in eg.exceptions])
    print("cancelling() after the group:", asyncio.current_task().cancelling())


async def main():
    await in_group(a_task_fails)
    await in_group(the_body_raises)
