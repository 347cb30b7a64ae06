# The CPU-bound fix: the blocking work on a thread of the loop's pool, so that the loop stays
# free (the ticker goes on while it counts).
import asyncio


def count_steps(n):
    counter = 0
    for i in range(n):
        counter += i
    return counter


async def ticker():
    for i in range(3):
        print(f'tick {i}')
        await asyncio.sleep(0.5)


async def main():
    tick = asyncio.create_task(ticker())
    result = await asyncio.to_thread(count_steps, 1000)
    print(f'result {result}')
    await tick

asyncio.run(main())
