# put_nowait() on a full queue raises QueueFull and leaves the queue as it was.
import asyncio


async def main():
    q = asyncio.Queue(maxsize=2)
    q.put_nowait(1)
    q.put_nowait(2)
    try:
        q.put_nowait(3)
    except asyncio.QueueFull as e:
        print("put_nowait(3):", type(e).__name__, repr(str(e)))
    print("qsize:", q.qsize(), "full:", q.full())
    print(q.get_nowait(), q.get_nowait())
