# On timeout wait_for waits for the cancelled task to finish its cleanup: TimeoutError comes late.
import asyncio


async def job():
    try:
        await asyncio.sleep(10)
    finally:
        print("job: cleanup for 1 s")
        await asyncio.sleep(1)
        print("job: cleanup done")


async def main():
    try:
        await asyncio.wait_for(job(), timeout=2)
    except asyncio.TimeoutError:
        print("TimeoutError only after the cleanup")
