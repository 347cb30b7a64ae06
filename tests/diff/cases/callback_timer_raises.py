# A call_later callback that raises is logged at its deadline; later timers and tasks are unaffected.
import asyncio


def bad():
    print("timer callback about to fail")
    raise ValueError("timer failed")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(1, bad)
    loop.call_later(2, print, "the 2 s timer still fires")
    await asyncio.sleep(3)
    print("main ends")
