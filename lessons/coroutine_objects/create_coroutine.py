async def my_coroutine()->None:
    print("hello world")
