# Debug mode switched on by the environment: PYTHONASYNCIODEBUG=1 python3 environment.py.
# course compare: PYTHONASYNCIODEBUG=1
import asyncio
import time


async def main():
    print("blocking the loop")
    time.sleep(0.2)
    print("done")

asyncio.run(main())
