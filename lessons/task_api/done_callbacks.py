# add_done_callback() and remove_done_callback() on a task.
import asyncio


async def work():
    await asyncio.sleep(1)
    return 42


def report(task):
    print(f'{task.get_name()} done: {task.result()}')


def never(task):
    print('never printed: removed')


async def main():
    task = asyncio.create_task(work(), name='worker')
    task.add_done_callback(report)
    task.add_done_callback(never)
    print('removed:', task.remove_done_callback(never))
    print('awaited:', await task)
    print('removed after the end:', task.remove_done_callback(report))

asyncio.run(main())
