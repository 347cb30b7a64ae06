# A semaphore waiter woken by release() but cancelled before it runs hands its slot to the next waiter.
import asyncio


async def waiter(sem, name):
    try:
        async with sem:
            print(name, "in")
            await asyncio.sleep(1)
        print(name, "out")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    sem = asyncio.Semaphore(1)
    await sem.acquire()
    a = asyncio.create_task(waiter(sem, "a"))
    b = asyncio.create_task(waiter(sem, "b"))
    await asyncio.sleep(1)
    sem.release()
    print("released; a.cancel() ->", a.cancel())
    res = await asyncio.gather(a, b, return_exceptions=True)
    print([type(r).__name__ for r in res], "locked() =", sem.locked())
