# Part ways: create_task only schedules the task; it runs when the creator yields.
import asyncio


async def child():
    print("child runs")


async def main():
    t = asyncio.create_task(child())
    print("main goes on")
    await t
