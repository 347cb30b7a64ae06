# The scale programs' memory figures, from /proc/self/status as the C++ reads them: what the
# process holds now, and the peak since.


def status_bytes(field):
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
