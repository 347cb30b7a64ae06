# asyncio.timeout_at(): one deadline, on the loop's clock, for several steps together.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 2.5
    try:
        async with asyncio.timeout_at(deadline):
            await asyncio.sleep(1)
            print('first part')
            await asyncio.sleep(1)
            print('second part')
            await asyncio.sleep(1)
            print('never printed: past the deadline')
    except TimeoutError:
        print('TimeoutError at the shared deadline')

asyncio.run(main())
