# add_done_callback() on a future that is already done schedules the callback; it does not run inline.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.set_result(3)
    fut.add_done_callback(lambda f: print("done callback, result", f.result()))
    print("add_done_callback() returned")
    await asyncio.sleep(0)
    print("after sleep(0)")
