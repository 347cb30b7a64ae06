# wait_for(task, 0) cancels the task before it ever ran: TimeoutError at once, the body never runs.
import asyncio


async def body():
    print("body ran")
    return 1


async def main():
    t = asyncio.create_task(body())
    try:
        await asyncio.wait_for(t, 0)
    except asyncio.TimeoutError:
        print("TimeoutError; cancelled:", t.cancelled())
    await asyncio.sleep(1)
    print("still nothing from the body")
