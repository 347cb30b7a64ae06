# FIRST_COMPLETED returns as soon as one task is done; the others keep running.
import asyncio


async def main():
    ts = [asyncio.create_task(asyncio.sleep(d, result=d)) for d in (3, 1, 2)]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print("first done:", [t.result() for t in done], "pending:", len(pending))
    done2, pending2 = await asyncio.wait(pending)
    print("rest:", sorted(t.result() for t in done2), "pending:", len(pending2))
