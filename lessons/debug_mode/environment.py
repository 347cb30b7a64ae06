# Debug mode switched on by the environment: PYTHONASYNCIODEBUG=1 python3 environment.py.
import asyncio
import time


async def main():
    print("blocking the loop")
    time.sleep(0.2)
    print("done")

asyncio.run(main())
