# Timeout.reschedule() moves the deadline while the scope runs; work done in time leaves it normally.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    async with asyncio.timeout(1) as cm:
        print("deadline, from the start:", round(cm.when() - start))
        cm.reschedule(loop.time() + 3)
        print("moved to", round(cm.when() - start))
        await asyncio.sleep(2)
        print("slept 2 s inside the scope")
    print("expired():", cm.expired())
    try:
        cm.reschedule(10)
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with asyncio.timeout(None) as no_deadline:
        await asyncio.sleep(1)
    print("no deadline, when():", no_deadline.when())
