# A task calling acquire() right after release() queues behind the already woken waiter (no barging).
import asyncio


async def waiter(lock):
    async with lock:
        print("waiter has the lock")
        await asyncio.sleep(1)
    print("waiter released")


async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    w = asyncio.create_task(waiter(lock))
    await asyncio.sleep(1)
    lock.release()
    print("main released; locked() =", lock.locked())
    await lock.acquire()
    print("main has the lock again")
    lock.release()
    await w
