# FIRST_EXCEPTION returns when a task raises; the tasks still running are left pending.
import asyncio


async def job(d, fail):
    await asyncio.sleep(d)
    if fail:
        raise RuntimeError(f"job {d} failed")
    print("job", d, "ok")


async def main():
    ts = [asyncio.create_task(job(1, False)), asyncio.create_task(job(2, True)),
          asyncio.create_task(job(3, False))]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print("done:", len(done), "pending:", len(pending))
    print("exception:", ts[1].exception())
    await asyncio.wait(pending)
    print("all finished")
