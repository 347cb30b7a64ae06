# The awaitable finishes before the timeout: wait_for returns its result, the timer is dropped.
import asyncio


async def job():
    await asyncio.sleep(1)
    print("job finished")
    return "ok"


async def main():
    r = await asyncio.wait_for(job(), timeout=3)
    print("wait_for ->", r)
    await asyncio.sleep(3)
    print("the 3 s timeout never fired")
    return r
