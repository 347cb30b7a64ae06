# async with lock releases the lock even when the body raises; the error reaches the caller.
import asyncio


async def main():
    lock = asyncio.Lock()
    try:
        async with lock:
            print("inside: locked() =", lock.locked())
            await asyncio.sleep(1)
            raise KeyError("inside the lock")
    except KeyError as e:
        print("caught", e, "locked() =", lock.locked())
    async with lock:
        print("acquired again at once")
