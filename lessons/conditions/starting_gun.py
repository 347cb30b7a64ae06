# asyncio.Condition: runners wait under one lock until the starter notifies them all; each takes
# the lock again, one after the other, before it leaves wait().
import asyncio


async def runner(cond, name):
    async with cond:
        await cond.wait()
        print(f'{name} starts')
    await asyncio.sleep(1)
    print(f'{name} finishes')


async def main():
    cond = asyncio.Condition()
    runners = [asyncio.create_task(runner(cond, f'runner {i}')) for i in (1, 2, 3)]
    await asyncio.sleep(1)
    async with cond:
        print('ready, set...')
        cond.notify_all()
    await asyncio.gather(*runners)

asyncio.run(main())
