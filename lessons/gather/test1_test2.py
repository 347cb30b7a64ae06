import asyncio

async def say_hello():
    print("Hello")
    await asyncio.sleep(1)  # 模拟I/O操作
    print("World")
import asyncio
import time
async def say(content1, content2, delay):
    print(content1)
    await asyncio.sleep(delay)
    print(content2)
    
async def test1():
    start = time.perf_counter()
    await say('hello', 'world', 1)
    await say('goodbye', 'world', 1)
    print('It took', time.perf_counter() - start, 'seconds.')
    
async def test2():
    start = time.perf_counter()
    await asyncio.gather(say('hello', 'world', 1), say('goodbye', 'world', 1))
    print('It took', time.perf_counter() - start, 'seconds.')
    
asyncio.run(test1())
asyncio.run(test2())
