# gather() wraps coroutines in tasks, which start in argument order once the caller yields.
import asyncio


async def step(name, delay):
    print(name, "starts")
    await asyncio.sleep(delay)
    print(name, "ends")
    return name


async def main():
    coros = [step("x", 2), step("y", 1), step("z", 2)]
    print("coroutines made, none has run")
    print(await asyncio.gather(*coros))
