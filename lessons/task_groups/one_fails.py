# In a TaskGroup the first failure cancels the other tasks; every error leaves the scope together,
# as an ExceptionGroup (except* picks them out).
import asyncio


async def fetch(name, seconds, fail=False):
    try:
        await asyncio.sleep(seconds)
    except asyncio.CancelledError:
        print(f'{name}: cancelled')
        raise
    if fail:
        raise ValueError(f'{name} is down')
    print(f'{name}: fetched')


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fetch('a', 1))
            tg.create_task(fetch('b', 2, fail=True))
            tg.create_task(fetch('c', 3))
    except* ValueError as eg:
        for e in eg.exceptions:
            print('failed:', e)

asyncio.run(main())
