# cancel() on a finished task returns False and changes nothing.
import asyncio


async def main():
    t = asyncio.create_task(asyncio.sleep(1, result="ok"))
    await t
    print("cancel() ->", t.cancel())
    print("cancelled():", t.cancelled(), "result():", t.result())
