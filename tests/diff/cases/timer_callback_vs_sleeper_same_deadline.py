# call_later(1, cb) set after a task began sleep(1): cb prints first, the sleeper resumes one turn later.
# real time: any order
# (In real time the two deadlines are a turn apart, and a loop that wakes between them resumes the
# sleeper first: in CPython too. Virtual time holds the order exactly.)
import asyncio


async def sleeper():
    await asyncio.sleep(1)
    print("sleeper resumes")


async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    asyncio.get_running_loop().call_later(1, print, "timer callback")
    await t
