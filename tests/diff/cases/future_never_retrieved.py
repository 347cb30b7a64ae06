# A future whose exception nobody retrieves is logged when it is garbage collected.
import asyncio


async def main():
    fut = asyncio.get_running_loop().create_future()
    fut.set_exception(RuntimeError("nobody looked"))
    print("exception set; dropping the future")
    del fut
    await asyncio.sleep(1)
    print("main ends")
