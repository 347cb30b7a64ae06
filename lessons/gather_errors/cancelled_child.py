# A job cancelled while gather(return_exceptions=True) waits comes back as a CancelledError; the
# others still run to their end.
import asyncio


async def job(name, seconds):
    await asyncio.sleep(seconds)
    print(f'{name} done')
    return name


async def main():
    slow = asyncio.create_task(job('slow', 5))
    quick = asyncio.create_task(job('quick', 2))
    asyncio.get_running_loop().call_later(1, slow.cancel)
    results = await asyncio.gather(slow, quick, return_exceptions=True)
    print([r if isinstance(r, str) else type(r).__name__ for r in results])

asyncio.run(main())
