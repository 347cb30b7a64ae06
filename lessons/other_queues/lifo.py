# asyncio.LifoQueue: the newest item first, as a stack of edits undone in reverse.
import asyncio


async def main():
    edits = asyncio.LifoQueue(maxsize=3)
    for edit in ('type a title', 'bold it', 'add a link'):
        await edits.put(edit)
    try:
        edits.put_nowait('one too many')
    except asyncio.QueueFull:
        print('QueueFull: the stack holds', edits.qsize())
    while not edits.empty():
        print('undo:', await edits.get())
    try:
        edits.get_nowait()
    except asyncio.QueueEmpty:
        print('QueueEmpty: nothing left to undo')

asyncio.run(main())
