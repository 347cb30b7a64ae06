"""The course's benchmark: the C++ lessons beside CPython asyncio doing the same work, run
alternately in one run on this machine, and a table of the figures and their ratios.

    python3 bench/bench.py                           N = 10 000, 100 000 and 1 000 000 (a few minutes)
    python3 bench/bench.py --tasks 10000             one N (what CI runs, as a smoke run)
    python3 bench/bench.py --repeat 3                each figure the median of three runs
    python3 bench/bench.py --build build/clang       another preset's build (default build/gcc)
    python3 bench/bench.py --operations 100000       N for the primitives (default 200 000)

What it measures:
  - scale: N tasks each sleep 1 s and are awaited; the time beyond the sleep, and the peak resident
    memory above what the program held before, divided by N. The C++ side is the scale lesson's
    four programs: the tasks as the lessons write them (co_spawn with use_task, course::sleep, each
    awaited), then a timer per task, one timer for all, stackless tasks. The CPython side is the
    lesson's own Python, given N: lessons/scale/lesson_tasks.py (create_task and await each) beside
    the first, and timer_per_task.py (gather) beside the others. Each runs twice: as it is, and
    with glibc's malloc backed by transparent huge pages (GLIBC_TUNABLES=glibc.malloc.hugetlb=1),
    which shows how much of the time goes into faulting in fresh memory page by page.
  - primitives: spawn-and-finish of N tasks, a Queue hand-off between a producer and a consumer,
    an Event waking N waiters, a Lock contended by N tasks, gather over N finished tasks; the
    time per operation, bench/primitives.cpp beside bench/asyncio_primitives.py, and the ratio.
  - what Asio allows: bench/asio_alone.cpp does the scale program (co_spawn, a timer each,
    completions counted) and two primitives (spawn-and-finish; a hand-off through an
    experimental::channel) with Asio alone: no course task, no journal, no asyncio order; with
    the lessons' asio::awaitable<T>, and with the leanest, on the io_context's executor.
  - a long run: two tasks hand items over through a Queue, one step each way per item, and the
    memory the run held at its peak, for 100 000 steps and for 10 000 000: without a picture the
    journal keeps no steps, so a long run holds what a short one holds.
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
SCALE_PYTHON = os.path.join(PROJECT, 'lessons', 'scale')  # the scale lesson's Python
VARIANTS = ['lesson_tasks', 'timer_per_task', 'one_timer', 'stackless']
PRIMITIVES = ['spawn_and_finish', 'queue_handoff', 'event_wakes', 'lock_contended', 'gather_finished']
# What Asio allows (bench/asio_alone.cpp): the same work with Asio alone, where Asio has it, with
# the lessons' awaitable<T> (any_io_executor) and with the leanest, on the io_context's executor.
ASIO_ALONE = 'Asio alone'
ASIO_LEAN = 'Asio alone, io_context executor'
ASIO_ALONE_PRIMITIVES = ['spawn_and_finish', 'queue_handoff']
HUGE_PAGES = {'GLIBC_TUNABLES': 'glibc.malloc.hugetlb=1'}
SCALE_LINE = re.compile(r'^(\d+) tasks slept 1 s: (-?[\d.]+) s beyond the sleep, (-?\d+) bytes per task$',
                        re.M)
PRIMITIVE_LINE = re.compile(r'^(\w+): ([\d.]+) us per operation$', re.M)
LONG_RUN_LINE = re.compile(r'^long_run: (\d+) steps, (-?\d+) kB held$', re.M)
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


def measure_scale(scale, asio_alone, n, repeat, huge_pages):
    """{(side, huge_pages): (seconds beyond, bytes per task)}, each the median of repeat runs."""
    sides = [(f'C++ {v}', [scale, '--variant', v, '--tasks', str(n)]) for v in VARIANTS]
    sides.append((ASIO_ALONE, [asio_alone, 'sleepers', str(n)]))
    sides.append((ASIO_LEAN, [asio_alone, 'sleepers', str(n), '--io-executor']))
    for form, program in (('tasks', 'lesson_tasks.py'), ('gather', 'timer_per_task.py')):
        sides.append((f'CPython asyncio {form}',
                      [sys.executable, os.path.join(SCALE_PYTHON, program), str(n)]))
    samples = {}
    for _ in range(repeat):
        for huge in (False, True) if huge_pages else (False,):
            for name, command in sides:  # alternately: C++ then CPython, on the same N
                found = run(command, SCALE_LINE, HUGE_PAGES if huge else None)
                samples.setdefault((name, huge), []).append(
                    (float(found.group(2)), float(found.group(3))))
    return {key: (median(s for s, _ in runs), median(b for _, b in runs))
            for key, runs in samples.items()}


def measure_primitives(program, asio_alone, n, repeat):
    """{(side, primitive): microseconds per operation}, each the median of repeat runs."""
    sides = [('C++', [program, str(n)], PRIMITIVES),
             ('CPython', [sys.executable, os.path.join(HERE, 'asyncio_primitives.py'), str(n)],
              PRIMITIVES),
             (ASIO_ALONE, [asio_alone, 'primitives', str(n)], ASIO_ALONE_PRIMITIVES),
             (ASIO_LEAN, [asio_alone, 'primitives', str(n), '--io-executor'],
              ASIO_ALONE_PRIMITIVES)]
    samples = {}
    for _ in range(repeat):
        for side, command, expected in sides:
            done = subprocess.run(command, capture_output=True, text=True)
            found = dict((name, float(us)) for name, us in PRIMITIVE_LINE.findall(done.stdout))
            if done.returncode != 0 or sorted(found) != sorted(expected):
                raise RunFailed(f"{' '.join(command)} exited {done.returncode} without its "
                                f'figures:\n{done.stdout}{done.stderr}')
            for name, us in found.items():
                samples.setdefault((side, name), []).append(us)
    return {key: median(runs) for key, runs in samples.items()}


def measure_long_run(program, steps):
    """[(steps, kB held)] for each number of steps."""
    return [(int(found.group(1)), int(found.group(2)))
            for found in (run([program, '--long', str(n // 2)], LONG_RUN_LINE) for n in steps)]


def measure_precision(scale, repeat):
    samples = {}
    for _ in range(repeat):
        for name, command in [('C++ course::sleep', [scale, '--variant', 'precision']),
                              ('CPython asyncio.sleep',
                               [sys.executable, os.path.join(SCALE_PYTHON, 'precision.py')])]:
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
    parser.add_argument('--operations', type=int, default=200_000,
                        help='N for the primitives (default 200000)')
    parser.add_argument('--long-steps', default='100000,10000000',
                        help='the steps of the long runs, separated by commas (default '
                             '100000,10000000)')
    parser.add_argument('--no-huge-pages', action='store_true',
                        help='leave out the runs on huge pages (the smoke run does)')
    parser.add_argument('--repeat', type=int, default=1, help='runs per figure; the median is shown')
    args = parser.parse_args()
    try:
        tasks = [int(t) for t in args.tasks.split(',')]
        if any(t < 1 or t > 10_000_000 for t in tasks):
            raise ValueError
    except ValueError:
        parser.error(f"--tasks: expected whole numbers from 1 to 10000000, got '{args.tasks}'")
    if not 1 <= args.operations <= 10_000_000:
        parser.error(f'--operations: expected a whole number from 1 to 10000000, got {args.operations}')
    try:
        long_steps = [int(t) for t in args.long_steps.split(',')]
        if any(t < 2 or t > 200_000_000 for t in long_steps):
            raise ValueError
    except ValueError:
        parser.error(f"--long-steps: expected whole numbers from 2 to 200000000, got "
                     f"'{args.long_steps}'")
    if args.repeat < 1:
        parser.error(f'--repeat: expected at least 1, got {args.repeat}')
    scale = os.path.join(args.build, 'lessons', 'scale')
    course = os.path.join(args.build, 'course')
    primitives = os.path.join(args.build, 'bench', 'bench_primitives')
    asio_alone = os.path.join(args.build, 'bench', 'bench_asio_alone')
    for program in (scale, course, primitives, asio_alone):
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
            figures = measure_scale(scale, asio_alone, n, args.repeat, not args.no_huge_pages)
            for name in ([f'C++ {v}' for v in VARIANTS] + [ASIO_ALONE, ASIO_LEAN] +
                         ['CPython asyncio tasks', 'CPython asyncio gather']):
                # The lessons' form beside CPython's create_task; the others beside its gather.
                py_s, py_b = figures[('CPython asyncio tasks' if name == 'C++ lesson_tasks'
                                      else 'CPython asyncio gather', False)]
                s, b = figures[(name, False)]
                hs = f'{figures[(name, True)][0]:.3f}' if not args.no_huge_pages else '-'
                cpython = name.startswith('CPython')
                rows.append([f'{n:,}', name, f'{s:.3f}', hs, f'{b:.0f}',
                             '' if cpython else ratio(py_s, s), '' if cpython else ratio(py_b, b)])
        print('## N tasks each sleep 1 s, then awaited')
        print_table(['N', 'program', 's beyond the sleep', 'the same, huge pages', 'bytes per task',
                     'CPython time ÷ this', 'CPython bytes ÷ this'], rows)

        per_op = measure_primitives(primitives, asio_alone, args.operations, args.repeat)
        print(f'## the primitives, {args.operations:,} operations each: microseconds per operation')
        def alone(side, name):  # microseconds and CPython's ratio, where Asio alone has it
            if (side, name) not in per_op:
                return ['-', '-']
            return [f'{per_op[(side, name)]:.3f}',
                    ratio(per_op[('CPython', name)], per_op[(side, name)])]
        print_table(['primitive', 'C++', 'CPython', 'CPython ÷ C++', ASIO_ALONE, 'CPython ÷ it',
                     ASIO_LEAN, 'CPython ÷ it'],
                    [[name, f"{per_op[('C++', name)]:.3f}", f"{per_op[('CPython', name)]:.3f}",
                      ratio(per_op[('CPython', name)], per_op[('C++', name)])] +
                     alone(ASIO_ALONE, name) + alone(ASIO_LEAN, name)
                     for name in PRIMITIVES])

        held = measure_long_run(primitives, long_steps)
        print('## a long run, no picture asked for: the memory it held at its peak')
        print_table(['steps', 'kB held'], [[f'{n:,}', kb] for n, kb in held])

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
