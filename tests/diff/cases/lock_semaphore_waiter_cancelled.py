# A waiter of a Lock or a Semaphore(1) that is cancelled takes nothing with it: cancelled while it
# still waits, it leaves the queue; woken by release() but cancelled before it runs, it passes what
# it was given on to the next waiter.
import asyncio


async def waiter(primitive, name):
    try:
        async with primitive:
            print(name, "has it")
            await asyncio.sleep(1)
        print(name, "released")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def cancelled(primitive, after_wakeup):
    print(type(primitive).__name__, "after wakeup" if after_wakeup else "while waiting")
    await primitive.acquire()
    a = asyncio.create_task(waiter(primitive, "a"))
    b = asyncio.create_task(waiter(primitive, "b"))
    await asyncio.sleep(1)
    if after_wakeup:
        primitive.release()
        print("released; a.cancel() ->", a.cancel())
    else:
        a.cancel()
        await asyncio.sleep(1)
        print("before release(): locked() =", primitive.locked())
        primitive.release()
    res = await asyncio.gather(a, b, return_exceptions=True)
    print([type(r).__name__ for r in res], "locked() =", primitive.locked())


async def main():
    for after_wakeup in (False, True):
        await cancelled(asyncio.Lock(), after_wakeup)
        await cancelled(asyncio.Semaphore(1), after_wakeup)
