# A task fails and nobody awaits it: "Task exception was never retrieved" is logged when it is collected.
import asyncio


async def fail():
    await asyncio.sleep(1)
    print("fail: raising")
    raise ValueError("nobody awaits me")


async def main():
    asyncio.create_task(fail())
    await asyncio.sleep(2)
    print("main ends")
