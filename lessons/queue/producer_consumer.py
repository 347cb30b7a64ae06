# A producer and two consumers on a bounded asyncio.Queue, and join until every item is done.
import asyncio

async def producer(queue, n):
    for i in range(1, n + 1):
        await queue.put(f'货物{i}')
        print(f'放入货物{i}，队列中有{queue.qsize()}个')

async def consumer(queue, name):
    while True:
        item = await queue.get()
        print(f'{name}取出{item}')
        await asyncio.sleep(1)
        queue.task_done()

async def main():
    queue = asyncio.Queue(maxsize=2)
    consumers = [asyncio.create_task(consumer(queue, f'消费者{i}')) for i in (1, 2)]
    await producer(queue, 6)
    print('全部放入')
    await queue.join()
    print('全部处理完')
    for c in consumers:
        c.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)

asyncio.run(main())
