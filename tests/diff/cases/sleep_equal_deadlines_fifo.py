# Timers with the same deadline fire in the order they were scheduled, whoever scheduled them and when.
# real time: any order
import asyncio


async def sleeper(name, *delays):
    for d in delays[:-1]:
        await asyncio.sleep(d)
    print(name, "sets its 1.000 deadline")
    await asyncio.sleep(delays[-1])
    print(name, "wakes")


async def main():
    await asyncio.gather(
        sleeper("b", 1),
        sleeper("d", 1),
        sleeper("c", 0.25, 0.75),
        sleeper("a", 0.25, 0.25, 0.5),
    )
