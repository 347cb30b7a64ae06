# Cancelling a task before it ever ran: its body never executes.
import asyncio


async def body():
    print("body ran")


async def main():
    t = asyncio.create_task(body())
    print("cancel() ->", t.cancel())
    print("cancelled() before it runs:", t.cancelled())
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled():", t.cancelled())
