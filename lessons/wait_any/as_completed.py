# asyncio.as_completed(): each result as soon as its task ends, with a timeout for the stragglers.
import asyncio


async def mirror(name, seconds):
    await asyncio.sleep(seconds)
    return name


async def main():
    tasks = [asyncio.create_task(mirror(n, s)) for n, s in (('tokyo', 2), ('paris', 1), ('lima', 4))]
    for next_done in asyncio.as_completed(tasks, timeout=3):
        try:
            print('got', await next_done)
        except TimeoutError:
            print('gave up waiting')
    tasks[2].cancel()

asyncio.run(main())
