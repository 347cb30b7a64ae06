# The course's fix: each piece of CPU work in a process pool, while a heartbeat shows the loop is free.
import asyncio, time
from concurrent.futures import ProcessPoolExecutor
from util import async_timed

def count_steps() -> int:                # the note's loop, now a plain function
    counter = 0
    for i in range(10**8):
        counter += i
    return counter
pool = None

@async_timed()
async def cpu_bound_work() -> int:
    return await asyncio.get_running_loop().run_in_executor(pool, count_steps)

async def heartbeat(gaps):
    last = time.perf_counter()
    while True:
        await asyncio.sleep(0.1)
        gaps.append(time.perf_counter() - last)
        last = time.perf_counter()

@async_timed()
async def main():
    global pool
    with ProcessPoolExecutor() as pool:
        gaps = []
        beat = asyncio.create_task(heartbeat(gaps))
        task1 = asyncio.create_task(cpu_bound_work())
        task2 = asyncio.create_task(cpu_bound_work())
        await task1
        await task2
        beat.cancel()
    print(f'heartbeat: {len(gaps)} beats, the longest gap {max(gaps):.2f} s')

if __name__ == '__main__':
    asyncio.run(main())
