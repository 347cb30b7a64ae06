# set_result() on a future that is done or cancelled raises InvalidStateError.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.set_result(1)
    try:
        fut.set_result(2)
    except asyncio.InvalidStateError as e:
        print("second set_result():", type(e).__name__, e)
    print("result still", fut.result())
    c = loop.create_future()
    print("cancel() ->", c.cancel(), "again ->", c.cancel())
    try:
        c.set_exception(ValueError("late"))
    except asyncio.InvalidStateError as e:
        print("set_exception() on cancelled:", type(e).__name__, e)
