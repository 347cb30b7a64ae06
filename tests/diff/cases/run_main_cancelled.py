# main() cancelled (here by itself): asyncio.run() raises CancelledError.
import asyncio


async def main():
    asyncio.current_task().cancel()
    print("cancel requested")
    await asyncio.sleep(1)
    print("never printed")
