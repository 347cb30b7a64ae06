# asyncio.timeout(): the work in the scope runs in this task; at the deadline it is cancelled, and
# TimeoutError leaves the scope.
import asyncio


async def download(name, seconds):
    print(f'{name}: downloading')
    await asyncio.sleep(seconds)
    print(f'{name}: done')


async def main():
    async with asyncio.timeout(2):
        await download('small file', 1)
    try:
        async with asyncio.timeout(2):
            await download('big file', 5)
    except TimeoutError:
        print('big file: gave up after 2 s')

asyncio.run(main())
