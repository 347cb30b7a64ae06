# Sixty tasks come and go after one has failed unseen: all_tasks() holds only those not done, and the failure is still reported.
import asyncio


async def fail():
    raise ValueError("nobody awaits me")


async def nothing():
    pass


async def main():
    asyncio.create_task(fail())
    await asyncio.sleep(0)
    for _ in range(3):
        tasks = [asyncio.create_task(nothing()) for _ in range(20)]
        for t in tasks:
            await t
    sleeper = asyncio.create_task(asyncio.sleep(1))
    print("not done:", len(asyncio.all_tasks()))
    await sleeper
    print("main ends")
