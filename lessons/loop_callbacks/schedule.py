# loop.call_soon / call_later / call_at return handles; cancel() keeps a callback from running.
import asyncio


def say(what):
    print(f'{what} (loop.time() = {asyncio.get_running_loop().time():.1f})')


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(say, 'call_soon: on the next turn')
    loop.call_later(2, say, 'call_later(2)')
    loop.call_at(loop.time() + 1, say, 'call_at(loop.time() + 1)')
    reminder = loop.call_later(3, say, 'never printed: cancelled')
    say('four callbacks scheduled')
    await asyncio.sleep(2.5)
    reminder.cancel()
    say(f'reminder cancelled: {reminder.cancelled()}')
    await asyncio.sleep(1)
    say('done')

asyncio.run(main())
