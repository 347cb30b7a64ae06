# wait_for(shield(task)) times out, but the task is not cancelled: it finishes later and is awaited.
import asyncio


async def job():
    await asyncio.sleep(3)
    print("job finished")
    return "result"


async def main():
    t = asyncio.create_task(job())
    try:
        await asyncio.wait_for(asyncio.shield(t), timeout=1)
    except asyncio.TimeoutError:
        print("TimeoutError; job cancelled?", t.cancelled())
    print("awaiting the job again:", await t)
