# Every task has a name: Task-N by default, or the one create_task (or set_name) gives it.
import asyncio


async def worker():
    me = asyncio.current_task()
    print(f'{me.get_name()} starts')
    await asyncio.sleep(1)
    print(f'{me.get_name()} ends')


async def main():
    print('main runs as', asyncio.current_task().get_name())
    first = asyncio.create_task(worker())
    second = asyncio.create_task(worker(), name='downloader')
    first.set_name('parser')
    await asyncio.sleep(0.5)
    print('tasks:', sorted(t.get_name() for t in asyncio.all_tasks()))
    await asyncio.gather(first, second)
    print('tasks:', sorted(t.get_name() for t in asyncio.all_tasks()))

asyncio.run(main())
