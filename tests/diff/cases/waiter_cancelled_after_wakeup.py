# A waiter woken by release() but cancelled before it runs passes what it was given on to the next
# waiter: a Lock and a Semaphore(1) alike.
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


async def woken_then_cancelled(primitive):
    print(type(primitive).__name__)
    await primitive.acquire()
    a = asyncio.create_task(waiter(primitive, "a"))
    b = asyncio.create_task(waiter(primitive, "b"))
    await asyncio.sleep(1)
    primitive.release()
    print("released; a.cancel() ->", a.cancel())
    res = await asyncio.gather(a, b, return_exceptions=True)
    print([type(r).__name__ for r in res], "locked() =", primitive.locked())


async def main():
    await woken_then_cancelled(asyncio.Lock())
    await woken_then_cancelled(asyncio.Semaphore(1))
