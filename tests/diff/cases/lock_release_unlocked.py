# release() on a lock that is not held raises RuntimeError.
import asyncio


async def main():
    lock = asyncio.Lock()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print("acquire() ->", await lock.acquire())
    lock.release()
    print("locked() =", lock.locked())
