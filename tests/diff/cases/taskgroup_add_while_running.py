# TaskGroup: tasks may be added while the group runs, by the body or by a task; the scope waits for all.
import asyncio


async def job(tg, name, delay, spawn=None):
    await asyncio.sleep(delay)
    print(name, "done")
    if spawn:
        tg.create_task(job(tg, spawn, 1))


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(job(tg, "a", 1, spawn="a's child"))
        print("body ends first")
    print("group done")
    try:
        tg.create_task(job(tg, "late", 1))
    except RuntimeError as e:
        print("RuntimeError:", str(e).endswith("is finished"))
