# Debug mode switched on by asyncio.run(main(), debug=True); main blocks the loop for 0.2 s.
import asyncio
import time


async def main():
    print("blocking the loop")
    time.sleep(0.2)
    print("done")

asyncio.run(main(), debug=True)
