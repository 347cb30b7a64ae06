# wait() on an empty collection raises ValueError at once.
import asyncio


async def main():
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)
    await asyncio.sleep(1)
    done, pending = await asyncio.wait([asyncio.create_task(asyncio.sleep(1))])
    print("one task:", len(done), len(pending))
