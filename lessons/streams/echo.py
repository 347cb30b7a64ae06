# asyncio streams: an echo server and its client, in one program, on 127.0.0.1 (port 0: a free
# one). The server answers after a second, as a slow server would.
import asyncio


async def handle_echo(reader, writer):
    data = await reader.readline()
    print(f'server: received {data.decode().rstrip()!r}')
    await asyncio.sleep(1)
    writer.write(data)
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle_echo, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    writer.write(b'hello\n')
    await writer.drain()
    print('client: sent hello')
    data = await reader.readline()
    print(f'client: received {data.decode().rstrip()!r}')
    print('client: at the end of the stream:', await reader.read() == b'')
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()

asyncio.run(main())
