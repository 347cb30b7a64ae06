# An exception raised by main() propagates out of asyncio.run().
import asyncio


async def main():
    print("about to fail")
    await asyncio.sleep(1)
    raise ValueError("main failed")
