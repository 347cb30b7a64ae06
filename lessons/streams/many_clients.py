# Three clients at once: each waits a second for its answer, and all three have it after one
# second, not three. The loop waits on the three sockets together, as on three timers.
import asyncio


async def handle(reader, writer):
    name = (await reader.readline()).decode().strip()
    await asyncio.sleep(1)
    writer.write(f'hello, {name}\n'.encode())
    await writer.drain()
    writer.close()


async def client(port, name):
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    writer.write(f'{name}\n'.encode())
    await writer.drain()
    answer = (await reader.readline()).decode().strip()
    print(f'{name}: {answer}')
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    await asyncio.gather(client(port, 'a'), client(port, 'b'), client(port, 'c'))
    server.close()
    print('all answered')

asyncio.run(main())
