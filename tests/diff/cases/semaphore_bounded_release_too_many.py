# BoundedSemaphore raises ValueError when released more times than acquired; Semaphore just grows.
import asyncio


async def main():
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)
    s = asyncio.Semaphore(1)
    s.release()
    await s.acquire()
    await s.acquire()
    print("plain Semaphore acquired twice, locked() =", s.locked())
