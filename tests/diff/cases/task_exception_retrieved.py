# A task's exception is raised to whoever awaits it; exception() returns it afterwards.
import asyncio


async def fail():
    await asyncio.sleep(1)
    raise ValueError("坏了")


async def main():
    t = asyncio.create_task(fail())
    try:
        await t
    except ValueError as e:
        print("caught:", repr(e))
    print("exception():", repr(t.exception()))
    print("done():", t.done(), "cancelled():", t.cancelled())
    try:
        await t
    except ValueError as e:
        print("awaited again, raised again:", e)
