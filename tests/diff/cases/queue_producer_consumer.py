# A producer and a consumer hand items over a Queue: get() waits until put() provides one.
import asyncio


async def producer(q):
    for i in range(3):
        await asyncio.sleep(1)
        await q.put(i)
        print("put", i)
    await q.put(None)


async def consumer(q):
    while (item := await q.get()) is not None:
        print("got", item)
    print("consumer sees the end marker")


async def main():
    q = asyncio.Queue()
    await asyncio.gather(producer(q), consumer(q))
    print("qsize:", q.qsize(), "empty:", q.empty())
