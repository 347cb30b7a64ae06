# Cancelling the task that awaits wait() does not cancel the tasks it was waiting for.
import asyncio


async def main():
    ts = [asyncio.create_task(asyncio.sleep(d, result=d)) for d in (2, 3)]
    waiter = asyncio.create_task(asyncio.wait(ts))
    await asyncio.sleep(1)
    waiter.cancel()
    try:
        await waiter
    except asyncio.CancelledError:
        print("waiter cancelled")
    print("children cancelled?", [t.cancelled() for t in ts])
    print("children:", await asyncio.gather(*ts))
