# The program the note means: asyncio.run, where the note writes asynio.run (a NameError).
import asyncio

async def main():
    print("hello")
    await asyncio.sleep(1)
    print('world')
    
asyncio.run(main())
