# Debug mode switched on from the command line: python -X dev command_line.py.
# course compare: -X dev --debug
import asyncio
import time


async def main():
    print("blocking the loop")
    time.sleep(0.2)
    print("done")

asyncio.run(main())
