# asyncio.Lock is not reentrant: acquiring it again in the same task waits forever (deadlock).
import asyncio


async def main():
    lock = asyncio.Lock()
    async with lock:
        print("first acquire")
        await asyncio.sleep(1)
        print("second acquire, same task")
        async with lock:
            print("never printed")
