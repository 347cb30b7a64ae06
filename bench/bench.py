"""The course's benchmark: the C++ lessons beside CPython asyncio doing the same work, run
alternately in one run on this machine, and a table of the figures and their ratios.

    python3 bench/bench.py                           N = 10 000, 100 000 and 1 000 000 (a few minutes)
    python3 bench/bench.py --tasks 10000             one N (what CI runs, as a smoke run)
    python3 bench/bench.py --repeat 3                each figure the median of three runs
    python3 bench/bench.py --build build/clang       another preset's build (default build/gcc)

What it measures:
  - scale: N tasks each sleep 1 s and are gathered; the time beyond the sleep, and the peak
    resident memory above what the program held before, divided by N. The C++ side is the scale
    lesson's three programs (a timer per task, one timer for all, stackless tasks), the CPython
    side bench/asyncio_scale.py. Each runs twice: as it is, and with glibc's malloc backed by
    transparent huge pages (GLIBC_TUNABLES=glibc.malloc.hugetlb=1), which shows how much of the
    time goes into faulting in fresh memory page by page.
  - timer precision: how late 200 sequential sleeps of 10 ms end, on average and at most.
  - the virtual-time check suite: `course check --virtual-time` checks every lesson's claims; the
    course seconds its programs cover (what CPython takes to run them) per second of wall time.
    CPython has no virtual clock: it covers one course second per second.
Exit codes: 0 the table is complete; 1 a run failed or printed no figure; 2 bad usage.
"""
import argparse
import datetime
import os
import platform
import re
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PROJECT = os.path.dirname(HERE)
VARIANTS = ['timer_per_task', 'one_timer', 'stackless']
HUGE_PAGES = {'GLIBC_TUNABLES': 'glibc.malloc.hugetlb=1'}
SCALE_LINE = re.compile(r'^(\d+) tasks slept 1 s: (-?[\d.]+) s beyond the sleep, (-?\d+) bytes per task$',
                        re.M)
PRECISION_LINE = re.compile(r'^200 sleeps of 10 ms: ([\d.]+) ms late on average, ([\d.]+) ms at most$',
                            re.M)
# A lesson that passed: name, CPython's seconds (or - where no claim gives them), measured, claims.
CHECK_ROW = re.compile(r'^(\S+)\s+(?:([\d.]+) s|-)\s+(?:[\d.]+ s|-)\s+\d+ of \d+\s+pass$', re.M)


class RunFailed(Exception):
    pass


def run(command, pattern, env_extra=None):
    env = dict(os.environ, **(env_extra or {}))
    done = subprocess.run(command, capture_output=True, text=True, env=env)
    found = pattern.search(done.stdout)
    if done.returncode != 0 or not found:
        raise RunFailed(f"{' '.join(command)} exited {done.returncode} without its figures:\n"
                        f'{done.stdout}{done.stderr}')
    return found


def median(values):
    return statistics.median(values)


def measure_scale(scale, n, repeat):
    """{(side, huge_pages): (seconds beyond, bytes per task)}, each the median of repeat runs."""
    sides = [(f'C++ {v}', [scale, '--variant', v, '--tasks', str(n)]) for v in VARIANTS]
    sides.append(('CPython asyncio', [sys.executable, os.path.join(HERE, 'asyncio_scale.py'),
                                      'gather', str(n)]))
    samples = {}
    for _ in range(repeat):
        for huge in (False, True):
            for name, command in sides:  # alternately: C++ then CPython, on the same N
                found = run(command, SCALE_LINE, HUGE_PAGES if huge else None)
                samples.setdefault((name, huge), []).append(
                    (float(found.group(2)), float(found.group(3))))
    return {key: (median(s for s, _ in runs), median(b for _, b in runs))
            for key, runs in samples.items()}


def measure_precision(scale, repeat):
    samples = {}
    for _ in range(repeat):
        for name, command in [('C++ course::sleep', [scale, '--variant', 'precision']),
                              ('CPython asyncio.sleep',
                               [sys.executable, os.path.join(HERE, 'asyncio_scale.py'), 'precision'])]:
            found = run(command, PRECISION_LINE)
            samples.setdefault(name, []).append((float(found.group(1)), float(found.group(2))))
    return {name: (median(m for m, _ in runs), median(x for _, x in runs))
            for name, runs in samples.items()}


def measure_virtual_suite(course, repeat):
    walls = []
    covered = 0.0
    lessons = 0
    for _ in range(repeat):
        start = time.perf_counter()
        done = subprocess.run([course, 'check', '--virtual-time'], capture_output=True, text=True)
        walls.append(time.perf_counter() - start)
        rows = CHECK_ROW.findall(done.stdout)
        if done.returncode != 0 or not rows:
            raise RunFailed(f'{course} check --virtual-time exited {done.returncode}:\n'
                            f'{done.stdout}{done.stderr}')
        covered = sum(float(r[1]) for r in rows if r[1])
        lessons = len(rows)
    return covered, median(walls), lessons


def ratio(a, b):
    return f'{a / b:.1f}×' if b > 0 else '-'


def print_table(header, rows):
    widths = [max(len(str(c)) for c in column) for column in zip(header, *rows)]
    line = lambda cells: '| ' + ' | '.join(str(c).ljust(w) for c, w in zip(cells, widths)) + ' |'
    print(line(header))
    print('|' + '|'.join('-' * (w + 2) for w in widths) + '|')
    for r in rows:
        print(line(r))
    print()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--build', default=os.path.join(PROJECT, 'build', 'gcc'),
                        help='the build folder of a preset (default build/gcc)')
    parser.add_argument('--tasks', default='10000,100000,1000000',
                        help='the N to run, separated by commas (default 10000,100000,1000000)')
    parser.add_argument('--repeat', type=int, default=1, help='runs per figure; the median is shown')
    args = parser.parse_args()
    try:
        tasks = [int(t) for t in args.tasks.split(',')]
        if any(t < 1 or t > 10_000_000 for t in tasks):
            raise ValueError
    except ValueError:
        parser.error(f"--tasks: expected whole numbers from 1 to 10000000, got '{args.tasks}'")
    if args.repeat < 1:
        parser.error(f'--repeat: expected at least 1, got {args.repeat}')
    scale = os.path.join(args.build, 'lessons', 'scale')
    course = os.path.join(args.build, 'course')
    for program in (scale, course):
        if not os.access(program, os.X_OK):
            parser.error(f'no {program}: build first (./course.sh test gcc, or cmake --build '
                         f'--preset gcc)')

    print(f'# asio-course benchmark, {datetime.date.today().isoformat()}')
    print(f'machine: {platform.system()} {platform.release()}, {os.cpu_count()} cores; '
          f'CPython {platform.python_version()}; C++ build {os.path.relpath(args.build, PROJECT)}; '
          f'median of {args.repeat} run(s)')
    print()
    try:
        rows = []
        for n in tasks:
            figures = measure_scale(scale, n, args.repeat)
            py_s, py_b = figures[('CPython asyncio', False)]
            py_hs, _ = figures[('CPython asyncio', True)]
            for name in [f'C++ {v}' for v in VARIANTS] + ['CPython asyncio']:
                s, b = figures[(name, False)]
                hs, hb = figures[(name, True)]
                rows.append([f'{n:,}', name, f'{s:.3f}', f'{hs:.3f}', f'{b:.0f}',
                             ratio(py_s, s) if name.startswith('C++') else '',
                             ratio(py_b, b) if name.startswith('C++') else ''])
        print('## N tasks each sleep 1 s, gathered')
        print_table(['N', 'program', 's beyond the sleep', 'the same, huge pages', 'bytes per task',
                     'CPython time ÷ this', 'CPython bytes ÷ this'], rows)

        precision = measure_precision(scale, args.repeat)
        py_mean, py_max = precision['CPython asyncio.sleep']
        rows = [[name, f'{mean:.3f}', f'{most:.3f}',
                 ratio(py_mean, mean) if name.startswith('C++') else '']
                for name, (mean, most) in precision.items()]
        print('## 200 sequential sleeps of 10 ms: how late each ends')
        print_table(['program', 'mean (ms)', 'max (ms)', 'CPython mean ÷ this'], rows)

        covered, wall, lessons = measure_virtual_suite(course, args.repeat)
        print('## the virtual-time check suite (`course check --virtual-time`)')
        print_table(['program', 'lessons', 'course seconds covered', 'wall seconds',
                     'course seconds per wall second'],
                    [['C++, virtual time', lessons, f'{covered:.2f}', f'{wall:.3f}',
                      f'{covered / wall:.0f}']])
        print(f'CPython has no virtual clock: it runs the same programs in real time, '
              f'{covered:.2f} s, one course second per second.')
    except RunFailed as failure:
        print(f'bench: {failure}', file=sys.stderr)
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
