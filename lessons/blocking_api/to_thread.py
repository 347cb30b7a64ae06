# The course's second fix: the blocking call as it was, on a thread.
import asyncio
import requests
from util import async_timed

url = 'https://example.com'

@async_timed()
async def get_example_status() -> int:
    response = await asyncio.to_thread(requests.get, url)
    return response.status_code

@async_timed()
async def main():
    task1 = asyncio.create_task(get_example_status())
    task2 = asyncio.create_task(get_example_status())
    task3= asyncio.create_task(get_example_status())
    await task1
    await task2
    await task3
if __name__ == '__main__':
    asyncio.run(main())
