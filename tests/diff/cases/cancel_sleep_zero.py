# Cancelling a task parked at sleep(0): CancelledError is raised at that await on its next step.
import asyncio


async def spinner():
    i = 0
    try:
        while True:
            print("spin", i)
            i += 1
            await asyncio.sleep(0)
    except asyncio.CancelledError:
        print("spinner cancelled after", i, "steps")
        raise


async def main():
    t = asyncio.create_task(spinner())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("cancel() ->", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled():", t.cancelled())
