import asyncio

async def main():
    print("hello")
    await asyncio.sleep(1)
    print('world')

coo = main()

#sys:1: RuntimeWarning: coroutine 'main' was never awaited
#RuntimeWarning: Enable tracemalloc to get the object allocation traceback
