# The program for Python 3.11, which has no @asyncio.coroutine (the note's version raises
# AttributeError) and whose asyncio.wait() takes tasks, not coroutines.
import asyncio

# 使用装饰器定义协程只是将函数对象标记为协程
# 实际上还是一个生成器，但是可以当做一个生成器来使用
async def hello():
    pass

loop = asyncio.new_event_loop()
tasks = [loop.create_task(hello()), loop.create_task(hello())]
loop.run_until_complete(asyncio.wait(tasks))
loop.close()
