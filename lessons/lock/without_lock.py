# Three deposits that await between reading and writing the balance: 100 is left, not 300.
import asyncio

balance = 0

async def deposit(name):
    global balance
    current = balance
    await asyncio.sleep(1)
    balance = current + 100
    print(f'{name}存入100，余额{balance}')

async def main():
    await asyncio.gather(*(deposit(f'任务{i}') for i in range(1, 4)))
    print(f'最终余额{balance}')

asyncio.run(main())
