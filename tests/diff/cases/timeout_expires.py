# asyncio.timeout(): the work in the scope is cancelled at the deadline and TimeoutError leaves the scope.
import asyncio


async def long_job():
    try:
        await asyncio.sleep(2)
        print("never printed")
    except asyncio.CancelledError:
        print("long_job cancelled")
        raise


async def main():
    try:
        async with asyncio.timeout(1) as cm:
            await long_job()
    except TimeoutError:
        print("TimeoutError; expired():", cm.expired())
    me = asyncio.current_task()
    print("cancelling() after the scope:", me.cancelling())
    await asyncio.sleep(0.5)
    print("the task goes on")
