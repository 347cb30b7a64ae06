# cancelling() counts the cancel requests; a task that catches CancelledError and calls uncancel()
# has declined them, and goes on.
import asyncio


async def stubborn():
    me = asyncio.current_task()
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('cancel requests:', me.cancelling())
        while me.cancelling():
            me.uncancel()
        print('declined; going on')
    await asyncio.sleep(1)
    return 'finished anyway'


async def main():
    task = asyncio.create_task(stubborn())
    await asyncio.sleep(1)
    task.cancel()
    task.cancel()
    print('result:', await task)
    print('cancelled:', task.cancelled())

asyncio.run(main())
