# asyncio.PriorityQueue: the smallest item first, whatever order they came in.
import asyncio


async def worker(queue):
    while True:
        priority, job = await queue.get()
        print(f'doing {job} (priority {priority})')
        await asyncio.sleep(1)
        queue.task_done()


async def main():
    queue = asyncio.PriorityQueue()
    for item in [(3, 'tidy up'), (1, 'fix the outage'), (2, 'answer mail')]:
        queue.put_nowait(item)
    task = asyncio.create_task(worker(queue))
    await queue.join()
    task.cancel()
    print('all done')

asyncio.run(main())
