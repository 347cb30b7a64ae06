# A waiter cancelled while still waiting simply leaves the queue; the next one gets the lock.
import asyncio


async def waiter(lock, name):
    try:
        async with lock:
            print(name, "has the lock")
    except asyncio.CancelledError:
        print(name, "cancelled while waiting")
        raise


async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    a = asyncio.create_task(waiter(lock, "a"))
    b = asyncio.create_task(waiter(lock, "b"))
    await asyncio.sleep(1)
    a.cancel()
    await asyncio.sleep(1)
    lock.release()
    res = await asyncio.gather(a, b, return_exceptions=True)
    print([type(r).__name__ for r in res])
