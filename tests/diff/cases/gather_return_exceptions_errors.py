# gather(return_exceptions=True) waits for every child and returns errors in place of results; none is left unretrieved.
import asyncio


async def job(name, delay, fail=None):
    await asyncio.sleep(delay)
    if fail:
        raise fail(name)
    print(name, "finished")
    return name


async def main():
    res = await asyncio.gather(job("a", 1), job("b", 0.5, ValueError), job("c", 2, KeyError),
                               return_exceptions=True)
    for r in res:
        print(type(r).__name__, r)
