# loop.run_in_executor(pool, fn) with a pool of one's own: a with block shuts it down on the way
# out (shutdown(wait=True)), so both pieces of work have ended when it does.
import asyncio
from concurrent.futures import ThreadPoolExecutor


def square(n):
    return n * n


async def main():
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(max_workers=2) as pool:
        a = loop.run_in_executor(pool, square, 3)
        b = loop.run_in_executor(pool, square, 4)
        print("results:", await a, await b)
    print("pool shut down")
    return 25
