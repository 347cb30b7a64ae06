# A waiter woken by release() but cancelled before it runs passes the lock on to the next waiter.
import asyncio


async def waiter(lock, name):
    try:
        async with lock:
            print(name, "has the lock")
            await asyncio.sleep(1)
        print(name, "released")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    a = asyncio.create_task(waiter(lock, "a"))
    b = asyncio.create_task(waiter(lock, "b"))
    await asyncio.sleep(1)
    lock.release()
    print("released; a.cancel() ->", a.cancel())
    res = await asyncio.gather(a, b, return_exceptions=True)
    print([type(r).__name__ for r in res], "locked() =", lock.locked())
