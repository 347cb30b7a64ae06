# return_exceptions=True puts the exceptions in the result list; gather itself succeeds.
import asyncio


async def job(i):
    await asyncio.sleep(i)
    if i == 2:
        raise KeyError("two")
    if i == 3:
        raise RuntimeError("three")
    print("job", i, "ok")
    return i * 10


async def main():
    res = await asyncio.gather(*(job(i) for i in range(1, 5)), return_exceptions=True)
    for r in res:
        print(type(r).__name__, r)
