# A semaphore waiter cancelled before any release leaves; the count is unchanged for the others.
import asyncio


async def worker(sem, name, hold):
    try:
        async with sem:
            print(name, "in")
            await asyncio.sleep(hold)
        print(name, "out")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    sem = asyncio.Semaphore(1)
    a = asyncio.create_task(worker(sem, "a", 2))
    b = asyncio.create_task(worker(sem, "b", 1))
    c = asyncio.create_task(worker(sem, "c", 1))
    await asyncio.sleep(1)
    b.cancel()
    res = await asyncio.gather(a, b, c, return_exceptions=True)
    print([type(r).__name__ for r in res], "locked() =", sem.locked())
