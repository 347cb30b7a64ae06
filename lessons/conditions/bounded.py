# asyncio.BoundedSemaphore: releasing more than was acquired is a bug, and it says so.
import asyncio


async def main():
    pool = asyncio.BoundedSemaphore(2)
    async with pool:
        print('one connection in use; locked:', pool.locked())
    try:
        pool.release()
    except ValueError as e:
        print('ValueError:', e)

asyncio.run(main())
