# run_until_complete() raises the coroutine's exception; the same loop can run again afterwards.
import asyncio


async def fail():
    await asyncio.sleep(1)
    print("fail: raising")
    raise KeyError("k")


async def again():
    await asyncio.sleep(1)
    print("again: done")
    return "again"


def program():
    loop = asyncio.new_event_loop()
    try:
        try:
            loop.run_until_complete(fail())
        except KeyError as e:
            print("run_until_complete raised KeyError", e)
        r = loop.run_until_complete(again())
        print("second run:", r)
    finally:
        loop.close()
    return r
