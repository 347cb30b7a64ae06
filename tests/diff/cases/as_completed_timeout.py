# as_completed(timeout=...): after the timeout every remaining await raises TimeoutError; a failed task raises its error.
import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(name)
    return name


async def main():
    tasks = [asyncio.create_task(job("a", 1)), asyncio.create_task(job("b", 1.5, fail=True)),
             asyncio.create_task(job("c", 5))]
    for next_done in asyncio.as_completed(tasks, timeout=2):
        try:
            print("got", await next_done)
        except ValueError as e:
            print("ValueError", e)
        except TimeoutError:
            print("TimeoutError")
    print("c still running:", not tasks[2].done())
    tasks[2].cancel()
