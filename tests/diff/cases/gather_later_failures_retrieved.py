# After gather raised the first error, children failing later are marked retrieved: nothing is logged.
import asyncio


async def fail(delay):
    await asyncio.sleep(delay)
    print("failing at", delay)
    raise ValueError(f"fail at {delay}")


async def main():
    try:
        await asyncio.gather(fail(0.5), fail(1), fail(2))
    except ValueError as e:
        print("gather raised:", e)
    await asyncio.sleep(3)
    print("no 'never retrieved' record")
