# The query cancelled in its block, as asyncio runs it: __aexit__ runs whole (断开中, 已断开).
# The C++ beside it is asio's co_spawn without reset_cancellation_state(), where the exit's own
# co_await throws at once: forgotten_reset.asio.txt holds what it prints instead.
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

async def query():
    async with Connection():
        print('查询中')
        await asyncio.sleep(1)
        print('查询完成')

async def main():
    task = asyncio.create_task(query())
    await asyncio.sleep(1.5)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print('查询被取消了')

asyncio.run(main())
