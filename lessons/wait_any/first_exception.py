# asyncio.wait(return_when=FIRST_EXCEPTION): back at the first failure (or when all are done).
import asyncio


async def check(name, seconds, ok=True):
    await asyncio.sleep(seconds)
    if not ok:
        raise RuntimeError(f'{name} failed')
    return name


async def main():
    tasks = [asyncio.create_task(check('disk', 1)), asyncio.create_task(check('network', 2, ok=False)),
             asyncio.create_task(check('memory', 3))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print('done:', len(done), 'pending:', len(pending))
    for t in tasks:
        if t.done() and t.exception():
            print('error:', t.exception())
    await asyncio.wait(pending)
    print('memory:', tasks[2].result())

asyncio.run(main())
