# If the shielded task itself is cancelled, the shield's outer future is cancelled as well.
import asyncio


async def main():
    t = asyncio.create_task(asyncio.sleep(3))
    outer = asyncio.shield(t)
    await asyncio.sleep(1)
    t.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer.cancelled():", outer.cancelled(), "t.cancelled():", t.cancelled())
