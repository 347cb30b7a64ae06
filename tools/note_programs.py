#!/usr/bin/env python3
"""The notes' Python programs, and where the course keeps each one.

    python3 tools/note_programs.py --notes DIR --lessons DIR          check (CTest: notes.programs)
    python3 tools/note_programs.py --notes DIR --lessons DIR --list   one line a program

Every ```python block of the notes that holds a coroutine (`async def`, `await`,
`@asyncio.coroutine`) is a program of the course. Each must be kept, byte for byte as the note
prints it (typos included), as lessons/LESSON/VARIANT.py, the file that `course show` and
`course compare` read; PROGRAMS below says which. A few blocks are fragments, not programs: they
are kept inside the program the course composes from them (FRAGMENTS). Exit 0 when every block is
where PROGRAMS says, 1 otherwise (each miss on a line of its own), 2 on a usage error.
"""

import argparse
import os
import re
import sys

# (note number, heading, n-th block under the heading) -> lessons/LESSON/VARIANT.py
PROGRAMS = {
    ("000", "`await` & `async def` & `asyncio.run()`", 1): "gather/test1_test2",
    ("000", "`await` & `async def` & `asyncio.run()`", 2): "event_loops/manual_loop",
    ("000", "`asyncio.create_task()`", 1): "create_task/two_tasks",
    ("000", "`asyncio.wait()`", 1): "wait/wait_timeout",
    ("001", "同步io与异步io", 1): "legacy_coroutines/two_hellos",
    ("001", "同步io与异步io", 2): "legacy_coroutines/isinstance",
    ("001", "asyncio协程的调用逻辑", 1): "callbacks/ensure_future",
    ("001", "asyncio协程的调用逻辑", 2): "callbacks/done_callback",
    ("001", "在协程中的并发", 1): "wait/wait_all",
    ("002", "async 函数示例", 1): "gather/count",
    ("002", "async 函数示例", 2): "event/event",
    ("003", "创建协程", 1): "coroutine_objects/create_coroutine",
    ("003", "比较普通函数", 1): "coroutine_objects/compare_function",
    ("003", "执行协程", 1): "await_in_sequence/run_returns",
    ("003", "await 关键字暂停执行", 1): "await_in_sequence/two_awaits",
    ("003", "使用sleep", 1): "sleep/hello_world",
    ("003", "运行两个协程", 1): "await_in_sequence/two_coroutines",
    ("003", "创建任务", 1): "create_task/task_result",
    ("003", "同时运行多个任务", 1): "create_task/three_tasks",
    ("003", "等待中执行其他代码", 1): "create_task/other_code",
    ("003", "取消任务", 1): "cancel/cancel",
    ("003", "设置超时并使用`wait_for`执行取消", 1): "wait_for/wait_for",
    ("003", "保户任务不被取消", 1): "shield/shield",
    ("003", "创建future", 1): "future/create_future",
    ("003", "等待future", 1): "future/await_future",
    ("003", "协程计时装饰器", 1): "util/async_timer",
    ("003", "协程计时装饰器", 2): "timing_decorator/async_timed",
    ("003", "尝试运行多个CPU密集型函数", 1): "cpu_bound/on_the_loop",
    ("003", "运行阻塞的API", 1): "blocking_api/requests_get",
    ("003", "手动创建事件循环", 1): "event_loops/try_finally_close",
    ("003", "访问事件循环", 1): "call_soon/call_soon",
    ("004", "Coroutine和Task", 1): "sleep/hello_then_world",
    ("004", "Coroutine和Task", 2): "coroutine_objects/coo",
    ("004", "多个Coroutine的排队执行", 1): "await_in_sequence/queued",
    ("004", "但是为什么不能让大家一起等待呢", 1): "create_task/wait_together",
    ("004", "多个task带返回值", 1): "gather/await_each",
    ("004", "多个task带返回值", 2): "gather/gather_tasks",
    ("004", "多个task带返回值", 3): "gather/gather_coroutines",
}

# Blocks that are one statement of a program the course composes (kept inside it, in order).
FRAGMENTS = {
    ("002", "asyncio API", 2): "sleep/four_steps",
    ("002", "asyncio API", 3): "sleep/four_steps",
}

CORO = re.compile(r"async def|\bawait\b|@asyncio\.coroutine")


def blocks(notes_dir):
    """Yields (key, text) for each coroutine block of each note, in order."""
    for name in sorted(os.listdir(notes_dir)):
        if not re.match(r"\d{3}_.*\.txt$", name):
            continue
        with open(os.path.join(notes_dir, name), encoding="utf-8") as f:
            lines = f.read().split("\n")
        heading, counts, i = None, {}, 0
        while i < len(lines):
            m = re.match(r"#+\s*(.*?)\s*$", lines[i])
            if m:
                heading = m.group(1)
            if lines[i].strip().startswith("```python"):
                j = i + 1
                while j < len(lines) and not lines[j].strip().startswith("```"):
                    j += 1
                text = "\n".join(lines[i + 1:j]) + "\n"
                counts[heading] = counts.get(heading, 0) + 1
                if CORO.search(text):
                    yield (name[:3], heading, counts[heading]), text
                i = j
            i += 1


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--notes", required=True)
    ap.add_argument("--lessons", required=True)
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--write", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if not os.path.isdir(args.notes):
        print(f"note_programs.py: no notes at {args.notes}", file=sys.stderr)
        return 2
    missed, n = 0, 0
    for key, text in blocks(args.notes):
        n += 1
        where = PROGRAMS.get(key)
        if where is None:
            fragment = FRAGMENTS.get(key)
            if fragment is None:
                print(f"MISSING {key[0]} {key[1]} (block {key[2]}): not in PROGRAMS")
                missed += 1
                continue
            path = os.path.join(args.lessons, fragment + ".py")
            body = open(path, encoding="utf-8").read() if os.path.exists(path) else ""
            # Its lines (bar a `pass` that the composed program fills in) are the program's.
            statement = [s.strip() for s in text.strip().splitlines() if s.strip() != "pass"]
            ok = all(s in [b.strip() for b in body.splitlines()] for s in statement)
            if args.list:
                print(f"{key[0]} {key[1]} #{key[2]}\t{fragment}.py (a statement of it)")
            elif not ok:
                print(f"MISSING {key[0]} {key[1]} (block {key[2]}): {statement!r} not in {path}")
                missed += 1
            continue
        path = os.path.join(args.lessons, where + ".py")
        if args.write and not os.path.exists(path):
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
        if args.list:
            print(f"{key[0]} {key[1]} #{key[2]}\t{where}.py")
            continue
        if not os.path.exists(path):
            print(f"MISSING {key[0]} {key[1]} (block {key[2]}): no {path}")
            missed += 1
        elif open(path, encoding="utf-8").read() != text:
            print(f"CHANGED {path}: not the note's block {key[0]} {key[1]} (block {key[2]}) "
                  "as the note prints it")
            missed += 1
    if not args.list:
        print(f"{n - missed} of {n} note programs kept as the notes print them")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
