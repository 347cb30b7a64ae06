# asyncio.wait(return_when=FIRST_COMPLETED): back as soon as one task is done; the others run on
# until they are cancelled.
import asyncio


async def mirror(name, seconds):
    await asyncio.sleep(seconds)
    return name


async def main():
    tasks = [asyncio.create_task(mirror(n, s)) for n, s in (('tokyo', 2), ('paris', 1), ('lima', 3))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print('first:', [t.result() for t in done], 'still pending:', len(pending))
    for t in pending:
        t.cancel()
    await asyncio.wait(pending)
    print('the rest cancelled:', all(t.cancelled() for t in pending))

asyncio.run(main())
