# asyncio.TaskGroup: tasks started in a scope; the scope ends when every one of them has.
import asyncio


async def fetch(name, seconds):
    await asyncio.sleep(seconds)
    print(f'{name}: fetched')
    return name.upper()


async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(fetch('a', 1))
        b = tg.create_task(fetch('b', 2))
        print('both started')
    print('results:', a.result(), b.result())

asyncio.run(main())
