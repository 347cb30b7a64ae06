# The task fails before the timeout.
import asyncio


async def fail_after(seconds):
    await asyncio.sleep(seconds)
    raise ValueError('查询失败')

async def main():
    task = asyncio.create_task(fail_after(1))
    try:
        await asyncio.wait_for(task, timeout=4)
    except ValueError as e:
        print(f'任务失败: {e}')
    except asyncio.TimeoutError:
        print('任务超时')

asyncio.run(main())
