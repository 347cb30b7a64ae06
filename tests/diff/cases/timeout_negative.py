# A negative timeout is one already past. asyncio.timeout(-1) cancels the work at its first
# await (its callback runs on the next turn); wait_for(coro, -1) cancels the new task before it
# ever runs; wait(timeout=-1) returns at once, the task still pending.
import asyncio


async def work(name):
    print(name, "starts")
    await asyncio.sleep(1)
    print(name, "ends")


async def main():
    try:
        async with asyncio.timeout(-1):
            await work("in a scope")
    except TimeoutError:
        print("timeout(-1): TimeoutError")
    try:
        await asyncio.wait_for(work("wait_for"), -1)
    except TimeoutError:
        print("wait_for(..., -1): TimeoutError")
    t = asyncio.create_task(work("waited"))
    done, pending = await asyncio.wait([t], timeout=-1)
    print("wait(timeout=-1):", len(done), "done,", len(pending), "pending")
    await t
