# asyncio.run() returns the value main() returns.
import asyncio


async def compute(x, delay):
    await asyncio.sleep(delay)
    return x * 2


async def main():
    a = await compute(3, 1)
    b = await compute(4, 0.5)
    print("computed", a, b)
    return {"a": a, "b": b}
