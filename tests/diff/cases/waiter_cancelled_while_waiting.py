# A waiter cancelled while still waiting simply leaves the queue, taking nothing: the next one gets
# it on release(). A Lock and a Semaphore(1) alike.
import asyncio


async def waiter(primitive, name):
    try:
        async with primitive:
            print(name, "has it")
    except asyncio.CancelledError:
        print(name, "cancelled while waiting")
        raise


async def cancelled_while_waiting(primitive):
    print(type(primitive).__name__)
    await primitive.acquire()
    a = asyncio.create_task(waiter(primitive, "a"))
    b = asyncio.create_task(waiter(primitive, "b"))
    await asyncio.sleep(1)
    a.cancel()
    await asyncio.sleep(1)
    print("before release(): locked() =", primitive.locked())
    primitive.release()
    res = await asyncio.gather(a, b, return_exceptions=True)
    print([type(r).__name__ for r in res], "locked() =", primitive.locked())


async def main():
    await cancelled_while_waiting(asyncio.Lock())
    await cancelled_while_waiting(asyncio.Semaphore(1))
