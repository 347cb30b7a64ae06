# join() waits until task_done() was called once for every item put.
import asyncio


async def worker(q):
    while True:
        item = await q.get()
        await asyncio.sleep(item)
        print("processed", item)
        q.task_done()


async def main():
    q = asyncio.Queue()
    for d in (1, 2, 1):
        q.put_nowait(d)
    w = asyncio.create_task(worker(q))
    await q.join()
    print("join() returned, empty:", q.empty())
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("worker cancelled")
