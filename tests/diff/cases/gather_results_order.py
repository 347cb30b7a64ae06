# gather() returns results in argument order, not in finishing order.
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    print(name, "finished")
    return name.upper()


async def main():
    res = await asyncio.gather(job("slow", 3), job("fast", 1), job("mid", 2))
    print(res)
    return res
