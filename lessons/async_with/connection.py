# async with: __aexit__ runs however the block is left: at its end, by an exception, or cancelled.
import asyncio

class Connection:
    async def __aenter__(self):
        print('连接中')
        await asyncio.sleep(1)
        print('已连接')
        return self

    async def __aexit__(self, exc_type, exc, tb):
        print('断开中')
        await asyncio.sleep(1)
        print('已断开')

async def query(fail):
    async with Connection():
        print('查询中')
        await asyncio.sleep(1)
        if fail:
            raise ValueError('查询失败')
        print('查询完成')

async def main():
    await query(fail=False)
    try:
        await query(fail=True)
    except ValueError as e:
        print(f'出错了: {e}')
    task = asyncio.create_task(query(fail=False))
    await asyncio.sleep(1.5)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print('查询被取消了')

asyncio.run(main())
