# result() and exception() on a Future or a Task that is still pending raise InvalidStateError.
import asyncio


def ask_pending(name, fut):
    try:
        fut.result()
    except asyncio.InvalidStateError as e:
        print(name, "result():", type(e).__name__, e)
    try:
        fut.exception()
    except asyncio.InvalidStateError as e:
        print(name, "exception():", type(e).__name__, e)


async def main():
    fut = asyncio.get_running_loop().create_future()
    ask_pending("Future", fut)
    fut.set_result(None)
    print("after set_result: result() =", fut.result(), "exception() =", fut.exception())
    t = asyncio.create_task(asyncio.sleep(1, result="done"))
    ask_pending("Task", t)
    print("done():", t.done())
    print("await:", await t)
    print("result():", t.result())
