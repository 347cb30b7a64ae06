# async for over an async generator, whose values arrive over time.
import asyncio

async def ticker(n):
    for i in range(n):
        await asyncio.sleep(1)
        yield i

async def main():
    async for i in ticker(3):
        print(f'第{i}个值')
    print('迭代结束')

asyncio.run(main())
