# A done callback that raises is logged; the other done callbacks and the awaiter still run.
import asyncio


def bad(t):
    raise KeyError("in done callback")


def good(t):
    print("good callback sees", t.result())


async def main():
    t = asyncio.create_task(asyncio.sleep(1, result="r"))
    t.add_done_callback(bad)
    t.add_done_callback(good)
    print("awaited:", await t)
    await asyncio.sleep(1)
    print("main ends")
