# cancel() in the turn after the target's sleep ended (its wake-up is queued): returns True, the task ends cancelled.
import asyncio


async def target():
    try:
        await asyncio.sleep(1)
        print("target woke normally")
    except asyncio.CancelledError:
        print("target: CancelledError although its sleep had ended")
        raise


async def canceller(box):
    await asyncio.sleep(1)
    print("canceller: cancel() ->", box[0].cancel())


async def main():
    box = []
    c = asyncio.create_task(canceller(box))
    box.append(asyncio.create_task(target()))
    try:
        await box[0]
    except asyncio.CancelledError:
        print("target.cancelled():", box[0].cancelled())
    await c
