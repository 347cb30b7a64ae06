# A cancel from outside lands in what the task awaits, and the task ends only when that is over:
# a finally block that awaits runs to its end; asyncio.timeout() lets it out as CancelledError, not
# TimeoutError; a TaskGroup cancels its tasks and waits for them; wait_for() cancels its inner task
# long before its timeout. TaskGroup cancels its tasks in its set's order (by address), so the
# order of their cleanups is not fixed from run to run: the case prints them sorted.
import asyncio

cleaned = []


async def cleanup_in_finally():
    try:
        await asyncio.sleep(5)
    finally:
        print("cleanup starts")
        await asyncio.sleep(1)
        print("cleanup ends")


async def in_timeout():
    try:
        async with asyncio.timeout(5):
            await asyncio.sleep(10)
    except TimeoutError:
        print("never printed: the deadline did not strike")
    finally:
        print("in_timeout leaves its scope")


async def job(name):
    try:
        await asyncio.sleep(5)
    finally:
        cleaned.append(name)


async def in_task_group():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("a"))
            tg.create_task(job("b"))
    finally:
        print("cleaned up:", sorted(cleaned))


async def inner():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("inner cancelled")
        raise


async def in_wait_for():
    try:
        await asyncio.wait_for(inner(), timeout=3)
    except asyncio.CancelledError:
        print("wait_for raised CancelledError")
        raise


async def cancel_from_outside(worker):
    print(worker.__name__)
    t = asyncio.create_task(worker())
    await asyncio.sleep(1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print(worker.__name__, "cancelled:", t.cancelled())


async def main():
    for worker in (cleanup_in_finally, in_timeout, in_task_group, in_wait_for):
        await cancel_from_outside(worker)
    await asyncio.sleep(3)
    print("wait_for's 3 s timeout never fired")
