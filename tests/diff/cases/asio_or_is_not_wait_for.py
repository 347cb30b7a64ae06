# Part ways: asio's `task || timer` is not wait_for: a task that fails at 1 s does not end the race.
import asyncio


async def fails():
    await asyncio.sleep(1)
    raise ValueError("failed at 1 s")


async def main():
    t = asyncio.create_task(fails())
    try:
        await asyncio.wait_for(t, timeout=4)
        print("the task finished")
    except ValueError as e:
        print("the task failed:", e)
    except asyncio.TimeoutError:
        print("timed out")
