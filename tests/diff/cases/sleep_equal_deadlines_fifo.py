# Timers with the same deadline fire in the order they were scheduled, whoever scheduled them.
import asyncio


async def sleeper(name, first, second):
    await asyncio.sleep(first)
    print(name, "sets its 1.000 deadline")
    await asyncio.sleep(second)
    print(name, "wakes")


async def main():
    await asyncio.gather(
        sleeper("a", 0.5, 0.5),
        sleeper("b", 0, 1),
        sleeper("c", 0.25, 0.75),
        sleeper("d", 0, 1),
    )
