@asyncio.coroutine
# "@coroutine" decorator is deprecated since Python 3.8, use "async def" instead
def hello():
    pass

async def hello2():
    print('hello')


coro = hello() # 协程对象
coro2 = hello2() # 协程对象

print(isinstance(coro, Generator))
print(isinstance(coro, Coroutine))
print(isinstance(coro2, Coroutine))
