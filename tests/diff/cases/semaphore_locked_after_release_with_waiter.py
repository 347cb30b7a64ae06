# Unlike Lock, a Semaphore's release() hands the slot to the waiter at once: locked() stays True.
import asyncio


async def waiter(sem):
    async with sem:
        print("waiter in")
    print("waiter out")


async def main():
    sem = asyncio.Semaphore(1)
    await sem.acquire()
    print("after acquire(): locked() =", sem.locked())
    w = asyncio.create_task(waiter(sem))
    await asyncio.sleep(1)
    sem.release()
    print("right after release(): locked() =", sem.locked())
    await w
    print("at the end: locked() =", sem.locked())
