# A loop made by hand: run_until_complete() twice on one loop, then close(); no loop runs in between.
import asyncio


async def step(name, delay):
    print(name, "starts")
    await asyncio.sleep(delay)
    print(name, "ends")
    return name


def program():
    loop = asyncio.new_event_loop()
    try:
        r1 = loop.run_until_complete(step("one", 1))
        print("between the runs:", r1)
        r2 = loop.run_until_complete(step("two", 2))
    finally:
        loop.close()
    print("closed:", loop.is_closed())
    return [r1, r2]
