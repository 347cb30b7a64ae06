# Done callbacks run in registration order, on the turn after the result is set, before the awaiter resumes.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print("cb1 sees", f.result()))
    fut.add_done_callback(lambda f: print("cb2"))
    extra = lambda f: print("removed, never printed")
    fut.add_done_callback(extra)
    print("removed:", fut.remove_done_callback(extra))
    loop.call_later(1, fut.set_result, 5)
    print("awaited:", await fut)
