# Awaiting an event that nobody will set, with no timer pending: the program can never go on (deadlock).
import asyncio


async def main():
    ev = asyncio.Event()
    print("waiting for an event nobody sets")
    await asyncio.sleep(1)
    print("still waiting")
    await ev.wait()
    print("never printed")
