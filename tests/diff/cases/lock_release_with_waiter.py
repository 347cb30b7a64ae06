# release() with a waiter: locked() is False until the woken waiter runs and takes the lock (3.11),
# and a task that calls acquire() right then queues behind the woken waiter (no barging).
import asyncio


async def waiter(lock):
    print("waiter: acquire() waits")
    async with lock:
        print("waiter: has the lock, locked() =", lock.locked())
        await asyncio.sleep(1)
    print("waiter: released")


async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    w = asyncio.create_task(waiter(lock))
    await asyncio.sleep(1)
    lock.release()
    print("right after release(): locked() =", lock.locked())
    await lock.acquire()
    print("main has the lock again")
    lock.release()
    await w
    print("at the end: locked() =", lock.locked())
