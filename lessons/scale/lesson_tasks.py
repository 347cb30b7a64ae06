# N tasks each sleep 1 s, created with create_task and awaited in turn: the time beyond the sleep,
# and each task's bytes at the peak.
import asyncio, sys, time
from memory import rss, peak_rss      # beside this file

async def sleeper():
    await asyncio.sleep(1)

async def main(n):
    rss_before = rss()
    start = time.perf_counter()
    tasks = [asyncio.create_task(sleeper()) for _ in range(n)]
    for t in tasks:
        await t
    beyond = time.perf_counter() - start - 1
    print(f'{n} tasks slept 1 s: {beyond:.3f} s beyond the sleep, '
          f'{(peak_rss() - rss_before) / n:.0f} bytes per task')

asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000))
