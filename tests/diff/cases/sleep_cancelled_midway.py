# Cancelling a sleeping task raises CancelledError inside it at cancel time, not at its deadline.
import asyncio


async def sleeper():
    print("sleeping 5 s")
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("cancelled while sleeping")
        raise


async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(2)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("main sees CancelledError, cancelled():", t.cancelled())
