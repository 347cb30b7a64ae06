# The same coroutine in both forms, for Python 3.11: types.coroutine makes the generator-based
# coroutine that the removed @asyncio.coroutine made.
import asyncio
import types


@types.coroutine
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
