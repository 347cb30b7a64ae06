import asyncio


async def delay(delay_seconds: int) -> int:
    print(f'睡{delay_seconds}秒')
    await asyncio.sleep(delay_seconds)
    print(f'结束睡眠{delay_seconds}秒')
    return delay_seconds
