# Cancelling a future that a task awaits raises CancelledError in that task, which ends cancelled.
import asyncio


async def waiter(fut):
    try:
        await fut
    except asyncio.CancelledError:
        print("waiter: the future was cancelled")
        raise


async def main():
    fut = asyncio.get_running_loop().create_future()
    w = asyncio.create_task(waiter(fut))
    await asyncio.sleep(1)
    print("fut.cancel() ->", fut.cancel())
    try:
        await w
    except asyncio.CancelledError:
        print("w.cancelled():", w.cancelled(), "fut.cancelled():", fut.cancelled())
