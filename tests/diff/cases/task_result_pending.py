# Task.result() and exception() on a task that has not finished raise InvalidStateError.
import asyncio


async def main():
    t = asyncio.create_task(asyncio.sleep(1, result="done"))
    try:
        t.result()
    except asyncio.InvalidStateError as e:
        print("result():", type(e).__name__, e)
    try:
        t.exception()
    except asyncio.InvalidStateError as e:
        print("exception():", type(e).__name__, e)
    print("done():", t.done())
    print("await:", await t)
    print("result():", t.result())
