# Without return_exceptions, gather raises the first error at once; the other children keep running.
import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(f"{name} failed")
    print(name, "finished")
    return name


async def main():
    a = asyncio.create_task(job("a", 3))
    try:
        await asyncio.gather(a, job("b", 1, fail=True), job("c", 2))
    except ValueError as e:
        print("gather raised:", e)
    print("a done?", a.done())
    await asyncio.sleep(3)
    print("a done?", a.done(), a.result())
