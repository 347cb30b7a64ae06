# The same deposits with a lock held across the await: they take their turns, 300 in 3 s.
import asyncio

balance = 0

async def deposit(name, lock):
    global balance
    async with lock:
        current = balance
        await asyncio.sleep(1)
        balance = current + 100
        print(f'{name}存入100，余额{balance}')

async def main():
    lock = asyncio.Lock()
    await asyncio.gather(*(deposit(f'任务{i}', lock) for i in range(1, 4)))
    print(f'最终余额{balance}')

asyncio.run(main())
