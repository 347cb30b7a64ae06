# task_done() called more times than items were put raises ValueError.
import asyncio


async def main():
    q = asyncio.Queue()
    q.put_nowait("a")
    q.get_nowait()
    q.task_done()
    print("one task_done() is fine")
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    await q.join()
    print("join() on a finished queue returns at once")
