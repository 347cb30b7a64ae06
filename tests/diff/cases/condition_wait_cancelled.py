# A waiter cancelled in Condition.wait() takes the lock again before CancelledError leaves wait().
import asyncio


async def main():
    cond = asyncio.Condition()

    async def waiter():
        async with cond:
            try:
                await cond.wait()
            except asyncio.CancelledError:
                print("cancelled; holds the lock again:", cond.locked())
                raise

    await cond.acquire()
    t = asyncio.create_task(waiter())
    cond.release()
    await asyncio.sleep(1)
    await cond.acquire()
    t.cancel()
    await asyncio.sleep(0.5)
    print("main still holds the lock; the waiter is done:", t.done())
    cond.release()
    try:
        await t
    except asyncio.CancelledError:
        print("waiter cancelled:", t.cancelled(), "locked:", cond.locked())
