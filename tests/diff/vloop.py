#!/usr/bin/env python3
"""A virtual-clock asyncio event loop and the differential-test case harness.

    python3 vloop.py CASE.py
    python3 vloop.py --speed X CASE.py   (CPython's real loop on a real clock X times faster:
                                         to check that a case keeps its order in real time)
    python3 vloop.py [--speed X] --script PROGRAM.py
                                         a whole program (a lesson's .py), run as __main__

imports CASE.py, runs it on an event loop whose clock is virtual (it starts at 0.0 and jumps to
the next timer's deadline whenever nothing is ready and no thread works for the loop), and prints the transcript on stdout:

    T line                      a line the case printed, T = loop time, f"{T:.3f}"
    T ! CATEGORY: Exc: message  a record of the 'asyncio' logger (the default exception handler)
    = result: R | = exception: Type: message | = cancelled | = stalled
    = finished                  (--script) the program ran to its end (or exited with status 0)
    ! CATEGORY: Exc: message    "never retrieved" records, after the end line, sorted, no time

Exit status 0 whatever the case did, 2 on a usage error. Python 3.11 standard library only.
"""

import asyncio
import concurrent.futures
import gc
import heapq
import importlib.util
import io
import itertools
import logging
import os
import selectors
import sys
import threading
import time

from asyncio import events, futures

sys.dont_write_bytecode = True  # the cases are imported from the source tree: leave it as it is


class Stalled(BaseException):
    """Nothing is ready and no timer is scheduled: the program can never go on."""


class _FifoTimerHandle(events.TimerHandle):
    """A TimerHandle ordered by (when, sequence): equal deadlines fire in scheduling order."""

    __slots__ = ['_seq']

    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(when, callback, args, loop, context)
        self._seq = loop._next_timer_seq()

    def _key(self):
        return (self._when, self._seq)

    def __hash__(self):
        return hash(self._key())

    def __lt__(self, other):
        if isinstance(other, _FifoTimerHandle):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, _FifoTimerHandle):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, _FifoTimerHandle):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, _FifoTimerHandle):
            return self._key() >= other._key()
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, _FifoTimerHandle):
            return self is other
        return NotImplemented


IO_GRACE = 0.05  # seconds of real time; loop::io_grace in the C++


class _VirtualSelector:
    """Wraps the real selector (the loop's self-pipe stays registered) but never blocks."""

    def __init__(self):
        self._real = selectors.DefaultSelector()
        self._loop = None

    def __getattr__(self, name):
        return getattr(self._real, name)

    def select(self, timeout=None):
        loop = self._loop
        # Read before polling: a thread that ends after this wrote to the self-pipe first.
        threads_working = loop._threads_working > 0
        ready = self._real.select(0)
        if ready or timeout == 0:
            return ready
        if threads_working:
            # Virtual time stands still while a thread works for the loop: wait for it for real.
            return self._real.select(None)
        if len(self._real.get_map()) > 1:
            # Sockets besides the self-pipe: give I/O on the way (microseconds on 127.0.0.1) a
            # moment of real time before the clock jumps past it, as the C++ loop does.
            ready = self._real.select(IO_GRACE)
            if ready:
                return ready
        if timeout is None:
            raise Stalled("deadlock: nothing is ready and no timer is scheduled")
        # timeout > 0: _run_once has dropped cancelled handles from the head of the heap, so
        # _scheduled[0] is the earliest live timer. Jump to its deadline exactly (no float sums).
        when = loop._scheduled[0]._when
        if when > _virtual_clock.now:
            _virtual_clock.now = when
        return []


class _VirtualClock:
    """One virtual clock for the whole program, as the C++ course clock is: a second loop
    (new_event_loop, run_until_complete) goes on from where the first left it, and a line
    printed between loops is stamped with it."""
    now = 0.0


_virtual_clock = _VirtualClock()
_virtual_mode = True


class _TaskNames:
    def __init__(self):
        self.restart()

    def restart(self):
        self._count = itertools.count(1)

    def next(self):
        return f"Task-{next(self._count)}"


_task_names = _TaskNames()


class VirtualTimeLoop(asyncio.SelectorEventLoop):
    def __init__(self):
        self._timer_seq = 0
        self._threads_working = 0  # run_in_executor calls and a default-executor shutdown
        self._threads_lock = threading.Lock()
        selector = _VirtualSelector()
        super().__init__(selector)
        selector._loop = self
        # _run_once moves a timer to the ready queue only if _when < time() + _clock_resolution:
        # with a resolution of 0 a timer whose deadline is exactly the (virtual) time would never
        # fire and the loop would spin. 1 ns is CPython's real resolution on Linux (monotonic);
        # the cases' distinct deadlines are milliseconds apart, so it merges only float noise.
        self._clock_resolution = 1e-9

    def time(self):
        return _virtual_clock.now

    def _next_timer_seq(self):
        self._timer_seq += 1
        return self._timer_seq

    def _thread_started(self):
        with self._threads_lock:
            self._threads_working += 1

    def _thread_ended(self, _=None):
        with self._threads_lock:
            self._threads_working -= 1
        self._write_to_self()  # wake the selector, even when the loop was told nothing

    # BaseEventLoop.run_in_executor, counting the work in flight. The count drops in a done
    # callback of the concurrent future added after wrap_future's own, which has already passed
    # the outcome to the loop (call_soon_threadsafe) when it drops.
    def run_in_executor(self, executor, func, *args):
        self._check_closed()
        if self._debug:
            self._check_callback(func, 'run_in_executor')
        if executor is None:
            executor = self._default_executor
            self._check_default_executor()
            if executor is None:
                executor = concurrent.futures.ThreadPoolExecutor(thread_name_prefix='asyncio')
                self._default_executor = executor
        self._thread_started()
        try:
            work = executor.submit(func, *args)
        except BaseException:
            self._thread_ended()
            raise
        result = futures.wrap_future(work, loop=self)
        work.add_done_callback(self._thread_ended)
        return result

    async def shutdown_default_executor(self):
        self._thread_started()  # asyncio.run waits here for the pool's threads to end
        try:
            await super().shutdown_default_executor()
        finally:
            self._thread_ended()

    def create_task(self, coro, *, name=None, context=None):
        # Default names count from Task-1 in each case, as in a process of its own (the C Task's
        # own counter cannot be reset).
        return super().create_task(coro, name=_task_names.next() if name is None else name,
                                   context=context)

    # BaseEventLoop.call_at with the FIFO handle class.
    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError("when cannot be None")
        self._check_closed()
        if self._debug:
            self._check_thread()
            self._check_callback(callback, 'call_at')
        timer = _FifoTimerHandle(when, callback, args, self, context)
        if timer._source_traceback:
            del timer._source_traceback[-1]
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer


class VirtualTimePolicy(asyncio.DefaultEventLoopPolicy):
    _loop_factory = VirtualTimeLoop

    def new_event_loop(self):
        return VirtualTimeLoop()


# ------------------------------------------------- real time, for checking the cases themselves

class _ScaledSelector:
    """The real selector, its timeout divided by the speed (the loop counts course-seconds)."""

    def __init__(self, speed):
        self._real = selectors.DefaultSelector()
        self._speed = speed

    def __getattr__(self, name):
        return getattr(self._real, name)

    def select(self, timeout=None):
        return self._real.select(None if timeout is None else timeout / self._speed)


_monotonic = time.monotonic


class ScaledRealTimeLoop(asyncio.SelectorEventLoop):
    """CPython's own loop and timer heap, on the real monotonic clock run `speed` times faster,
    counted from 0.0 at the program's start (`vloop.py --speed X CASE.py`): one clock for every
    loop of the program, as in virtual time."""

    speed = 1.0
    t0 = _monotonic()

    def __init__(self):
        super().__init__(_ScaledSelector(ScaledRealTimeLoop.speed))
        self._clock_resolution = (time.get_clock_info('monotonic').resolution *
                                  ScaledRealTimeLoop.speed)

    def time(self):
        return _scaled_now()


def _scaled_now():
    return (_monotonic() - ScaledRealTimeLoop.t0) * ScaledRealTimeLoop.speed


class ScaledRealTimePolicy(asyncio.DefaultEventLoopPolicy):
    _loop_factory = ScaledRealTimeLoop

    def new_event_loop(self):
        return ScaledRealTimeLoop()


# ----------------------------------------------------------------------------- transcript

def _now():
    return _virtual_clock.now if _virtual_mode else _scaled_now()


def _patch_time():
    """A whole program reads the clock itself (time.time() in async_timed, time.sleep() in a
    blocking call): its clock is the loop's, so that its printed durations are course seconds.
    time.monotonic, which asyncio and threading use for their own waits, is left alone."""
    # The wall clock: in virtual time it starts at 00:00:00 (the C++ course clock does too), so
    # that a time of day printed with time.strftime('%X') is the same in every run.
    epoch = 0.0 if _virtual_mode else time.time()
    real_sleep, real_strftime = time.sleep, time.strftime
    wall = time.gmtime if _virtual_mode else time.localtime

    def sleep(seconds):
        if _virtual_mode:
            # A worker thread's time.sleep takes no virtual time: the clock stands still while a
            # thread works (the C++ course clock does the same).
            if threading.current_thread() is threading.main_thread():
                _virtual_clock.now += max(0.0, seconds)
        else:
            real_sleep(max(0.0, seconds) / ScaledRealTimeLoop.speed)

    time.time = lambda: epoch + _now()
    time.strftime = lambda fmt, t=None: real_strftime(fmt, wall(time.time()) if t is None else t)
    time.perf_counter = _now
    time.sleep = sleep


class _Out:
    """The transcript: UTF-8 lines, flushed at once."""

    def __init__(self, binary):
        self._b = binary

    def line(self, text):
        self._b.write((text + "\n").encode("utf-8", "backslashreplace"))
        self._b.flush()


class _TimedWriter(io.TextIOBase):
    """sys.stdout for the case: each complete line becomes 'T line'."""

    def __init__(self, out):
        self._out = out
        self._buf = ""

    @property
    def encoding(self):
        return "utf-8"

    def writable(self):
        return True

    def write(self, s):
        self._buf += s
        while "\n" in self._buf:
            line, self._buf = self._buf.split("\n", 1)
            self._out.line(f"{_now():.3f} {line}")
        return len(s)

    def flush(self):
        pass

    def finish(self):
        if self._buf:
            self._out.line(f"{_now():.3f} {self._buf}")
            self._buf = ""


DEFERRED_CATEGORIES = ("Task exception was never retrieved",
                       "Future exception was never retrieved")
CATEGORIES = ("Exception in callback", "Task was destroyed but it is pending!") + DEFERRED_CATEGORIES


def _category(message):
    first = message.split("\n", 1)[0]
    for cat in CATEGORIES:
        if first == cat or first.startswith(cat + " ") or first.startswith(cat + "<"):
            return cat
    return first


class _AsyncioLogHandler(logging.Handler):
    def __init__(self, out):
        super().__init__(logging.DEBUG)
        self._out = out
        self.deferred = []

    def emit(self, record):
        try:
            cat = _category(record.getMessage())
        except Exception:
            cat = str(record.msg).split("\n", 1)[0]
        text = cat
        exc_info = record.exc_info
        if exc_info and exc_info[1] is not None:
            exc = exc_info[1]
            text += f": {type(exc).__name__}: {exc}"
        if cat in DEFERRED_CATEGORIES:
            self.deferred.append(f"! {text}")
        else:
            self._out.line(f"{_now():.3f} ! {text}")


def _load(path):
    name = "diffcase_" + os.path.splitext(os.path.basename(path))[0]
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return name, module


def _start(out):
    """A run begins: the clock at 0, Task-1 next, the asyncio logger into the transcript."""
    _virtual_clock.now = 0.0
    ScaledRealTimeLoop.t0 = _monotonic()
    _task_names.restart()
    handler = _AsyncioLogHandler(out)
    alog = logging.getLogger("asyncio")
    alog.handlers[:] = [handler]
    alog.propagate = False
    alog.setLevel(logging.WARNING)
    return _TimedWriter(out), handler


def _ended(e):
    """The end record of a run that raised e."""
    if isinstance(e, Stalled):
        return "= stalled"
    if isinstance(e, asyncio.CancelledError):
        return "= cancelled"
    e.__traceback__ = None
    return f"= exception: {type(e).__name__}: {e}"


def _finish(out, end, handler):
    """The end record, then, once every reference is dropped and collected, the futures whose
    exception nobody retrieved (logged by their destructors)."""
    out.line(end)
    sys.last_type = sys.last_value = sys.last_traceback = None
    for _ in range(3):
        gc.collect()
    for line in sorted(handler.deferred):
        out.line(line)
    return 0


def run_case(path, out):
    """Runs one case, its transcript to `out`; returns 0, or 2 when the file is no case."""
    writer, handler = _start(out)
    real_stdout = sys.stdout
    sys.stdout = writer
    try:
        try:
            name, module = _load(path)
        except BaseException as e:
            sys.stdout = real_stdout
            sys.stderr.write(f"vloop.py: cannot import {path}: {type(e).__name__}: {e}\n")
            return 2
        if not callable(getattr(module, "program", None)) and \
                not callable(getattr(module, "main", None)):
            sys.stdout = real_stdout
            sys.stderr.write(f"vloop.py: {path} defines neither program() nor main()\n")
            return 2

        try:
            if callable(getattr(module, "program", None)):
                result = module.program()
            else:
                result = asyncio.run(module.main())
            end = f"= result: {result!r}"
        except BaseException as e:  # noqa: BLE001 - the end line reports whatever happened
            end = _ended(e)
        result = None
        writer.finish()
    finally:
        sys.stdout = real_stdout
    module = None
    sys.modules.pop(name, None)
    return _finish(out, end, handler)


def run_script(path, out):
    """Runs a whole program as __main__ (a lesson's .py), its transcript to `out`."""
    import runpy
    writer, handler = _start(out)
    _patch_time()
    real_stdout = sys.stdout
    sys.stdout = writer
    sys.argv = [path]
    # As `python3 PROGRAM.py` does: the program's folder first on the path, for what lies beside it.
    sys.path.insert(0, os.path.dirname(os.path.abspath(path)))
    try:
        try:
            runpy.run_path(path, run_name="__main__")
            end = "= finished"
        except SystemExit as e:
            end = "= finished" if e.code in (None, 0) else f"= exit: {e.code}"
        except BaseException as e:  # noqa: BLE001 - the end line reports whatever happened
            end = _ended(e)
        writer.finish()
    finally:
        sys.stdout = real_stdout
    return _finish(out, end, handler)


def main(argv):
    usage = ("usage: vloop.py [--speed X] CASE.py\n"
             "       vloop.py [--speed X] --script PROGRAM.py\n"
             "       vloop.py --out DIR CASE.py...   (each transcript to DIR/NAME.txt)\n")
    args = argv[1:]
    policy = VirtualTimePolicy()
    if len(args) >= 3 and args[0] == "--out":
        # Every case in one process: CTest's fixture for the suite, which saves the start-up and
        # the import of asyncio a case (a third of a second each).
        asyncio.set_event_loop_policy(policy)
        os.makedirs(args[1], exist_ok=True)
        status = 0
        for path in args[2:]:
            name = os.path.splitext(os.path.basename(path))[0]
            with open(os.path.join(args[1], name + ".txt"), "wb") as f:
                status = max(status, run_case(path, _Out(f)))
        return status
    if len(args) in (3, 4) and args[0] == "--speed":
        try:
            ScaledRealTimeLoop.speed = float(args[1])
        except ValueError:
            ScaledRealTimeLoop.speed = 0.0
        if not ScaledRealTimeLoop.speed > 0:
            sys.stderr.write(usage)
            return 2
        policy = ScaledRealTimePolicy()
        args = args[2:]
    global _virtual_mode
    _virtual_mode = isinstance(policy, VirtualTimePolicy)
    script = len(args) == 2 and args[0] == "--script"
    if script:
        args = args[1:]
    if len(args) != 1 or args[0].startswith("-"):
        sys.stderr.write(usage)
        return 2
    path = args[0]
    if not os.path.isfile(path):
        sys.stderr.write(f"vloop.py: no such file: {path}\n")
        return 2
    asyncio.set_event_loop_policy(policy)
    if script:
        return run_script(path, _Out(sys.stdout.buffer))
    return run_case(path, _Out(sys.stdout.buffer))


if __name__ == "__main__":
    sys.exit(main(sys.argv))
