# wait_for() times out: TimeoutError at the timeout, and the task has been cancelled.
import asyncio


async def long_job():
    try:
        print("job: sleeping 10 s")
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("job: cancelled")
        raise


async def main():
    t = asyncio.create_task(long_job())
    try:
        await asyncio.wait_for(t, timeout=4)
    except asyncio.TimeoutError:
        print("TimeoutError; task cancelled:", t.cancelled())
