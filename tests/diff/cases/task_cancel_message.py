# Task.cancel(msg): the message rides on the CancelledError, inside the task and to the first
# that asks the task for its result; a second result() raises a plain CancelledError (3.11 hands
# the task's kept exception over once). A cancel before the task ran carries its message too.
import asyncio


async def worker():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError as e:
        print("worker sees:", e.args)
        raise


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(1)
    t.cancel("shutting down")
    try:
        await t
    except asyncio.CancelledError as e:
        print("main sees:", e.args)
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result() again:", e.args)

    t2 = asyncio.create_task(worker())
    t2.cancel("before it ran")
    try:
        await t2
    except asyncio.CancelledError as e:
        print("t2:", e.args)

    t3 = asyncio.create_task(worker())
    await asyncio.sleep(0)
    t3.cancel()
    res = await asyncio.gather(t3, return_exceptions=True)
    print("gather(return_exceptions=True):", type(res[0]).__name__, res[0].args)
