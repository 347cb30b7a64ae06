# Lock waiters get the lock in the order they asked for it.
import asyncio


async def worker(lock, name):
    print(name, "wants the lock")
    async with lock:
        print(name, "has the lock")
        await asyncio.sleep(1)
    print(name, "released it")


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(*(worker(lock, n) for n in ("a", "b", "c")))
    print("locked() =", lock.locked())
