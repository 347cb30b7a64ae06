# An exception raised by the function on the thread is raised by the await, in the task.
import asyncio


def fail(name):
    raise ValueError(name + " is down")


async def main():
    try:
        await asyncio.to_thread(fail, "db")
    except ValueError as e:
        print("caught:", e)
    fut = asyncio.get_running_loop().run_in_executor(None, fail, "cache")
    await asyncio.wait([fut])
    print("the future holds it:", repr(fut.exception()))
