# A callback that raises is logged by the loop ("Exception in callback"), and the loop goes on.
import asyncio


def bad():
    raise ValueError('boom')


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(bad)
    loop.call_later(1, print, 'the loop goes on')
    await asyncio.sleep(2)
    print('main ends')

asyncio.run(main())
