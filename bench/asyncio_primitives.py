"""The course's primitives in CPython asyncio, each timed per operation, for bench/bench.py to set
beside the C++ (bench/primitives.cpp): the same five programs.

    python3 bench/asyncio_primitives.py N    one line per primitive: "NAME: X us per operation"
"""
import asyncio
import sys
import time


def say(name, start, n):
    print(f'{name}: {(time.perf_counter() - start) / n * 1e6:.3f} us per operation')


async def nothing():
    pass


async def spawn_and_finish(n):
    start = time.perf_counter()
    tasks = [asyncio.create_task(nothing()) for _ in range(n)]
    for t in tasks:
        await t
    say('spawn_and_finish', start, n)


async def produce(q, n):
    for i in range(n):
        await q.put(i)


async def consume(q, n):
    for _ in range(n):
        await q.get()


async def queue_handoff(n):
    q = asyncio.Queue(maxsize=1)
    start = time.perf_counter()
    producer = asyncio.create_task(produce(q, n))
    consumer = asyncio.create_task(consume(q, n))
    await producer
    await consumer
    say('queue_handoff', start, n)


async def wait_for_event(e):
    await e.wait()


async def event_wakes(n):
    e = asyncio.Event()
    waiters = [asyncio.create_task(wait_for_event(e)) for _ in range(n)]
    await asyncio.sleep(0)
    start = time.perf_counter()
    e.set()
    for t in waiters:
        await t
    say('event_wakes', start, n)


async def take_and_give(lock):
    await lock.acquire()
    lock.release()


async def lock_contended(n):
    lock = asyncio.Lock()
    await lock.acquire()
    tasks = [asyncio.create_task(take_and_give(lock)) for _ in range(n)]
    await asyncio.sleep(0)
    start = time.perf_counter()
    lock.release()
    for t in tasks:
        await t
    say('lock_contended', start, n)


async def gather_finished(n):
    tasks = [asyncio.create_task(nothing()) for _ in range(n)]
    await asyncio.sleep(0)
    start = time.perf_counter()
    await asyncio.gather(*tasks)
    say('gather_finished', start, n)


def main(argv):
    if len(argv) != 2 or not argv[1].isdigit() or not 1 <= int(argv[1]) <= 10_000_000:
        print('usage: asyncio_primitives.py N (a whole number from 1 to 10000000)', file=sys.stderr)
        return 2
    n = int(argv[1])
    for primitive in (spawn_and_finish, queue_handoff, event_wakes, lock_contended,
                      gather_finished):
        asyncio.run(primitive(n))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
