# Condition: notify(1) wakes the first waiter; each woken waiter takes the lock again before wait() returns.
import asyncio


async def waiter(cond, name):
    async with cond:
        print(name, "waits")
        await cond.wait()
        print(name, "woken, holds the lock:", cond.locked())
        await asyncio.sleep(0.5)
    print(name, "released")


async def main():
    cond = asyncio.Condition()
    tasks = [asyncio.create_task(waiter(cond, n)) for n in ("a", "b", "c")]
    await asyncio.sleep(1)
    async with cond:
        cond.notify(1)
        print("notified one")
    await asyncio.sleep(1)
    async with cond:
        cond.notify_all()
        print("notified all")
    await asyncio.gather(*tasks)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)
