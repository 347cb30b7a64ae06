# A call_soon callback that raises is logged ("Exception in callback") and the loop runs on.
import asyncio


def bad():
    raise RuntimeError("callback failed")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(bad)
    loop.call_soon(print, "the next callback still runs")
    await asyncio.sleep(1)
    print("main goes on")
    return "ok"
