# The inner task swallows the timeout's cancellation and returns: 3.11's wait_for returns that value.
import asyncio


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("inner: cancelled, returning a value anyway")
        return "swallowed"
    return "finished"


async def main():
    r = await asyncio.wait_for(stubborn(), timeout=2)
    print("wait_for returned:", r)
    return r
