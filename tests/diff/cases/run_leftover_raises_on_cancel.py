# A leftover task that raises when cancelled at shutdown is reported by asyncio.run(); run still returns.
import asyncio


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("stubborn: cancelled, raising instead")
        raise RuntimeError("refused to stop")


async def main():
    asyncio.create_task(stubborn())
    await asyncio.sleep(1)
    print("main returns")
    return 1
