# 002 asyncio API: the note's four steps, one block each, put together as one program.
import asyncio


async def main():
    await asyncio.sleep(1)

asyncio.run(main())
