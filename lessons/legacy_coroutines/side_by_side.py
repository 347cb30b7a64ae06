# The same coroutine in both forms, run together (Python 3.10: 3.11 has no @asyncio.coroutine).
import asyncio


@asyncio.coroutine
def legacy():
    print("legacy: before")
    yield from asyncio.sleep(1)
    print("legacy: after")

async def native():
    print("native: before")
    await asyncio.sleep(1)
    print("native: after")

async def main():
    await asyncio.gather(legacy(), native())

asyncio.run(main())
