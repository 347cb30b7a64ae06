# asyncio.run() cancels the tasks still pending when main returns; their except/finally run at shutdown.
import asyncio


async def leftover():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("leftover: cancelled at shutdown")
        raise
    finally:
        await asyncio.sleep(0.5)
        print("leftover: finally, after 0.5 s of cleanup")


async def main():
    asyncio.create_task(leftover())
    await asyncio.sleep(1)
    print("main returns")
    return "done"
