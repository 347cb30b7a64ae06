# The course's first fix: the request made with asyncio's streams, which wait without blocking the loop.
import asyncio
from util import async_timed

host, port = 'example.com', 80

@async_timed()
async def get_example_status() -> int:
    reader, writer = await asyncio.open_connection(host, port)
    writer.write(f'GET / HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n'.encode())
    status_line = await reader.readline()
    writer.close()
    await writer.wait_closed()
    return int(status_line.split()[1])

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
