# wait() with a timeout returns the unfinished tasks as pending and does not cancel them.
import asyncio


async def main():
    slow = asyncio.create_task(asyncio.sleep(3, result="slow"))
    fast = asyncio.create_task(asyncio.sleep(1, result="fast"))
    done, pending = await asyncio.wait([slow, fast], timeout=2)
    print("done:", [t.result() for t in done], "pending:", len(pending))
    print("slow cancelled?", slow.cancelled())
    print("slow:", await slow)
