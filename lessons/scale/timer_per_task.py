# N tasks each sleep 1 s and are gathered: the time beyond the sleep, and each task's bytes at the peak.
import asyncio, sys, time


def status_bytes(field):                    # /proc/self/status, as the C++ reads it
    with open('/proc/self/status') as status:
        for line in status:
            if line.startswith(field + ':'):
                return int(line.split()[1]) * 1024
    raise RuntimeError(f'no {field} in /proc/self/status')

def rss():                                  # VmRSS; the peak restarts from it (clear_refs 5)
    with open('/proc/self/clear_refs', 'w') as clear_refs:
        clear_refs.write('5')
    return status_bytes('VmRSS')

def peak_rss():                             # VmHWM, the peak since rss()
    return status_bytes('VmHWM')

async def sleeper():
    await asyncio.sleep(1)

async def main(n):
    rss_before = rss()                  # VmRSS, from /proc/self/status
    start = time.perf_counter()
    await asyncio.gather(*(sleeper() for _ in range(n)))
    beyond = time.perf_counter() - start - 1
    print(f'{n} tasks slept 1 s: {beyond:.3f} s beyond the sleep, '
          f'{(peak_rss() - rss_before) / n:.0f} bytes per task')

asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000))
