# Condition.wait_for(predicate): a packer waits until three parcels are on the table.
import asyncio


async def main():
    cond = asyncio.Condition()
    table = []

    async def packer():
        async with cond:
            await cond.wait_for(lambda: len(table) >= 3)
            print(f'packing {table}')

    async def worker():
        for parcel in ('book', 'lamp', 'mug', 'pen'):
            await asyncio.sleep(1)
            async with cond:
                table.append(parcel)
                print(f'put {parcel} on the table')
                cond.notify()

    await asyncio.gather(packer(), worker())

asyncio.run(main())
