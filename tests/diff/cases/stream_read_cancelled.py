# A task waiting in readline() is cancelled like any waiting task: CancelledError, once. The
# stream stays usable: a later readline() gets the line that comes after.
import asyncio


async def send_late(reader, writer):
    await asyncio.sleep(2)
    writer.write(b"late line\n")
    await writer.drain()
    writer.close()


async def main():
    server = await asyncio.start_server(send_late, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)

    async def read_one():
        try:
            return await reader.readline()
        except asyncio.CancelledError:
            print("readline cancelled")
            await asyncio.sleep(0.5)  # the cancel was delivered once: this sleep is not cancelled
            print("cleanup done")
            raise

    t = asyncio.create_task(read_one())
    await asyncio.sleep(1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("task cancelled:", t.cancelled())
    print("next readline:", await reader.readline())
    print("then:", await reader.read(), reader.at_eof())
    writer.close()
    server.close()
