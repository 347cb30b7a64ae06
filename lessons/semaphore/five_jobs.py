# A semaphore of two permits: five jobs of 1 s each take 3 s, in three waves (2, 2, 1).
import asyncio, time

async def job(name, semaphore):
    async with semaphore:
        print(f'{name}开始')
        await asyncio.sleep(1)
        print(f'{name}结束')

async def main():
    semaphore = asyncio.Semaphore(2)
    start = time.perf_counter()
    await asyncio.gather(*(job(f'任务{i}', semaphore) for i in range(1, 6)))
    print(f'用时{time.perf_counter() - start:.2f}秒')

asyncio.run(main())
