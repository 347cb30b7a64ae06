# How precisely one sleep ends: 200 sleeps of 10 ms in a row, and how late each one wakes.
import asyncio, time


async def main():
    late = []
    for _ in range(200):
        start = time.perf_counter()
        await asyncio.sleep(0.01)
        late.append(time.perf_counter() - start - 0.01)
    print(f'200 sleeps of 10 ms: {sum(late) / 200 * 1000:.3f} ms late on average, '
          f'{max(late) * 1000:.3f} ms at most')

asyncio.run(main())
