# wait_for(coroutine) wraps it in a task that starts after wait_for is awaited; a timeout cancels it.
import asyncio


async def body(name, delay, main_task):
    print(name, "body starts, in its own task:", asyncio.current_task() is not main_task)
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(name, "body cancelled")
        raise
    return name


async def main():
    me = asyncio.current_task()
    coro = body("quick", 1, me)
    print("coroutine created")
    print("->", await asyncio.wait_for(coro, timeout=2))
    try:
        await asyncio.wait_for(body("slow", 3, me), timeout=0.5)
    except asyncio.TimeoutError:
        print("slow: TimeoutError")
