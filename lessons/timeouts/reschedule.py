# Timeout.reschedule() moves the deadline: a watchdog that gives each step of progress 1.5 s more.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(1.5) as cm:
        for step in range(1, 4):
            await asyncio.sleep(1)
            print(f'step {step} done')
            cm.reschedule(loop.time() + 1.5)
    print('all steps done; expired:', cm.expired())

asyncio.run(main())
