# get_nowait() on an empty queue raises QueueEmpty.
import asyncio


async def main():
    q = asyncio.Queue()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("get_nowait():", type(e).__name__, repr(str(e)))
    q.put_nowait("only")
    print(q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("empty again")
