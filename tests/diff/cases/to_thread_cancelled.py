# Cancelling a task that awaits to_thread ends the wait at once with CancelledError; the thread
# cannot be stopped, so it finishes its work and the result is dropped. asyncio.run waits for the
# thread before it returns (it shuts its default executor down): main returns the thread's log,
# whose repr is taken after the run, and it always holds "work ends".
import asyncio
import threading

started = threading.Event()
gate = threading.Event()
log = []


def work():
    started.set()
    gate.wait()
    log.append("work ends")
    return "late"


async def waiter():
    try:
        return await asyncio.to_thread(work)
    except asyncio.CancelledError:
        print("waiter cancelled")
        raise


async def main():
    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    started.wait()  # blocks the loop a moment: the thread is at work before the cancel
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("t cancelled:", t.cancelled())
    gate.set()
    print("main returns")
    return log
