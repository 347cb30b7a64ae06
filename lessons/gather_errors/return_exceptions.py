# gather(return_exceptions=True): every job runs to its end, and each one's error comes back in its
# place in the list.
import asyncio


async def job(name, seconds, fail=False):
    await asyncio.sleep(seconds)
    if fail:
        raise ValueError(f'{name} failed')
    print(f'{name} done')
    return name


async def main():
    results = await asyncio.gather(job('a', 1), job('b', 2, fail=True), job('c', 3),
                                   return_exceptions=True)
    print([r if isinstance(r, str) else f'{type(r).__name__}: {r}' for r in results])

asyncio.run(main())
