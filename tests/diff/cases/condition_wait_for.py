# Condition.wait_for(predicate) waits until the predicate holds, checking it each time it is woken.
import asyncio


async def main():
    cond = asyncio.Condition()
    items = []

    async def consumer():
        async with cond:
            n = await cond.wait_for(lambda: len(items) >= 3)
            print("consumer sees", len(items), "items; wait_for returned", n)

    async def producer():
        for i in range(4):
            await asyncio.sleep(1)
            async with cond:
                items.append(i)
                print("put", i)
                cond.notify_all()

    await asyncio.gather(consumer(), producer())
