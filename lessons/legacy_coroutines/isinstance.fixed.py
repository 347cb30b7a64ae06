# The program for Python 3.11: types.coroutine makes the generator-based coroutine that the
# removed @asyncio.coroutine made, and the names it tests are imported.
import types
from collections.abc import Coroutine, Generator

@types.coroutine
# "@coroutine" decorator is deprecated since Python 3.8, use "async def" instead
def hello():
    yield

async def hello2():
    print('hello')


coro = hello() # 协程对象
coro2 = hello2() # 协程对象

print(isinstance(coro, Generator))
print(isinstance(coro, Coroutine))
print(isinstance(coro2, Coroutine))
