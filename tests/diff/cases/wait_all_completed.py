# wait() returns (done, pending) once all are finished; it does not raise the tasks' errors.
import asyncio


async def job(i):
    await asyncio.sleep(i)
    if i == 2:
        raise ValueError("two failed")
    print("job", i, "ok")
    return i


async def main():
    ts = [asyncio.create_task(job(i)) for i in (1, 2, 3)]
    done, pending = await asyncio.wait(ts)
    print("done:", len(done), "pending:", len(pending))
    for t in ts:
        e = t.exception()
        print(repr(e) if e else t.result())
