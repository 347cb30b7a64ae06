# The program the note means, for Python 3.11: asyncio.wait() takes tasks, no longer coroutines
# (the note's version raises TypeError), so C and D are made tasks first.
import asyncio

async def task(name, delay):
    print(f"Task {name} started")
    await asyncio.sleep(delay)
    print(f"Task {name} finished")

async def main():
    # 使用 asyncio.gather
    await asyncio.gather(task("A", 1), task("B", 2))

    # 使用 asyncio.wait
    tasks = [asyncio.create_task(task("C", 1)), asyncio.create_task(task("D", 2))]
    done, pending = await asyncio.wait(tasks, timeout=1.5)
    print(f"Done: {len(done)}, Pending: {len(pending)}")

asyncio.run(main())
