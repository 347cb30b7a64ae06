# What goes wrong with streams: nobody listens (ConnectionRefusedError, an OSError), and the
# stream ends before readexactly has its bytes (IncompleteReadError, with what did come).
import asyncio


async def say_hi_and_hang_up(reader, writer):
    writer.write(b'hi')
    await writer.drain()
    writer.close()


async def main():
    server = await asyncio.start_server(say_hi_and_hang_up, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    try:
        await reader.readexactly(5)
    except asyncio.IncompleteReadError as e:
        print(f'IncompleteReadError: {e}; partial {e.partial!r}')
    writer.close()
    server.close()
    await server.wait_closed()
    try:
        await asyncio.open_connection('127.0.0.1', port)
    except ConnectionRefusedError as e:
        print(f'ConnectionRefusedError: errno {e.errno}, nobody listens any more')

asyncio.run(main())
