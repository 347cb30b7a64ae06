# result() and exception() on a pending future raise InvalidStateError.
import asyncio


async def main():
    fut = asyncio.get_running_loop().create_future()
    try:
        fut.result()
    except asyncio.InvalidStateError as e:
        print("result():", type(e).__name__, e)
    try:
        fut.exception()
    except asyncio.InvalidStateError as e:
        print("exception():", type(e).__name__, e)
    fut.set_result(None)
    print("after set_result: result() =", fut.result(), "exception() =", fut.exception())
