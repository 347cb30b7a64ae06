# asyncio.to_thread runs a plain function on a thread of the loop's default executor; awaiting it
# gives the function's result. loop.run_in_executor(None, fn) is the same pool, as a future.
# Virtual time stands still while a thread works (vloop.py): both results come at 0.000, and the
# sleeper's timer, due at 0.5, fires only after them.
import asyncio


def double(n):
    return n * 2


async def sleeper():
    await asyncio.sleep(0.5)
    print("sleeper wakes")


async def main():
    t = asyncio.create_task(sleeper())
    print("to_thread:", await asyncio.to_thread(double, 21))
    fut = asyncio.get_running_loop().run_in_executor(None, double, 4)
    print("run_in_executor:", await fut)
    await t
