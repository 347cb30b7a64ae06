# Semaphore(2) lets two workers in at a time; w3 enters only after w1 and w2 have both printed "out".
import asyncio


async def worker(sem, n):
    async with sem:
        print(f"w{n} in")
        await asyncio.sleep(1)
        print(f"w{n} out")


async def main():
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(worker(sem, n) for n in range(1, 6)))
    print("all done, locked() =", sem.locked())
