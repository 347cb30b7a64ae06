"""The scale lesson's programs in CPython asyncio, for bench/bench.py to run beside the C++.

    python3 bench/asyncio_scale.py gather N     N tasks each sleep 1 s and are gathered
    python3 bench/asyncio_scale.py tasks N      the same, each made with create_task and awaited
    python3 bench/asyncio_scale.py precision    200 sleeps of 10 ms in a row, and how late each ends

Each prints the line the C++ lesson prints (build/gcc/lessons/scale), measured the same way: the
time beyond the sleep, and the peak resident memory above the memory held before the tasks,
divided by N (VmHWM and VmRSS from /proc/self/status; the peak is reset first, as the C++ does).
"""
import asyncio
import sys
import time


def status_bytes(field):
    with open('/proc/self/status') as status:
        for line in status:
            if line.startswith(field + ':'):
                return int(line.split()[1]) * 1024
    raise RuntimeError(f'no {field} in /proc/self/status')


def start_measuring():
    with open('/proc/self/clear_refs', 'w') as clear_refs:
        clear_refs.write('5')
    return status_bytes('VmRSS')


async def sleeper():
    await asyncio.sleep(1)


async def gather(n):
    rss_before = start_measuring()
    start = time.perf_counter()
    await asyncio.gather(*(sleeper() for _ in range(n)))
    report(n, start, rss_before)


def report(n, start, rss_before):
    beyond = time.perf_counter() - start - 1
    per_task = (status_bytes('VmHWM') - rss_before) / n
    print(f'{n} tasks slept 1 s: {beyond:.3f} s beyond the sleep, {per_task:.0f} bytes per task')


async def tasks(n):
    rss_before = start_measuring()
    start = time.perf_counter()
    made = [asyncio.create_task(sleeper()) for _ in range(n)]
    for t in made:
        await t
    report(n, start, rss_before)


async def precision():
    late = []
    for _ in range(200):
        start = time.perf_counter()
        await asyncio.sleep(0.01)
        late.append(time.perf_counter() - start - 0.01)
    print(f'200 sleeps of 10 ms: {sum(late) / 200 * 1000:.3f} ms late on average, '
          f'{max(late) * 1000:.3f} ms at most')


def main(argv):
    if len(argv) == 3 and argv[1] in ('gather', 'tasks') and argv[2].isdigit() and int(argv[2]) > 0:
        asyncio.run((gather if argv[1] == 'gather' else tasks)(int(argv[2])))
    elif len(argv) == 2 and argv[1] == 'precision':
        asyncio.run(precision())
    else:
        print('usage: asyncio_scale.py gather N | tasks N | precision', file=sys.stderr)
        return 2
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
