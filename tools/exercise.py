#!/usr/bin/env python3
"""course exercise / course watch: the exercises, made from the lessons, checked against CPython.

    exercise.py --source DIR --build DIR [--progress FILE] list
    exercise.py ... check NAME [--file PATH] [--built PROGRAM]
    exercise.py ... hint NAME
    exercise.py ... watch [NAME] [--file PATH]
    exercise.py ... files              (for the build: each exercise's file and sources)
    exercise.py ... make NAME --out DIR   (for the build: the exercise and its solution)

An exercise is one C++ file that compiles as shipped, with TODOs where the learner writes the
Asio. It is made from its lesson: the lesson's program, with the lines that use the construct
the exercise teaches replaced by TODOs (EXERCISES below says which). Its solution is the
lesson's program as it is, so a lesson and its exercise cannot drift apart. `check` builds the
learner's file with the project's flags (the build folder's target exercise_learner, whose
source is a copy of it), runs it in virtual time with --records, runs the Python it translates
under CPython on tests/diff/vloop.py's virtual-clock loop, and compares the two runs line by
line, each line's time and how the program ended included, as the lessons' checks do. A miss is
explained in the learner's terms: which line, when CPython prints it and when theirs did, and
the construct that is likely missing. Exit 0 when the runs agree, 1 when they do not (or the
file does not compile), 2 on a usage error. Progress (the exercises done, the hints shown) is
kept in the build folder. The learner edits their own copy of each exercise, made in
my-exercises/ (which git ignores) the first time it is asked for.
"""

import argparse
import json
import signal
import os
import re
import shutil
import subprocess
import sys
import textwrap
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import course_compare as cc  # noqa: E402  (records, masks, the course's voice)

RUN_TIMEOUT = 30  # seconds of real time for a learner's program in virtual time
BUILD_TIMEOUT = 600


def tr(message):
    return cc.tr(message)


def N_(message):  # marks a message that is translated where it is shown
    return message


# The exercises, in the course's order: the Python it translates; the lesson and namespace it
# is made from (to_thread's is the course's own, exercises/to_thread.cpp); what its file includes
# beyond course/names.hpp, and the lesson's shared function it uses; the TODOs, each the lesson's
# lines and what the learner gets in their place; the construct a miss most likely lacks; the
# hints.
EXERCISES = [
    dict(name="sleep", python="lessons/sleep/hello_world.py",
         lesson="sleep", namespace="hello_world_after_a_second",
         head="\n#include <string>\n",
         todo=[("  co_await course::sleep(1);\n",
               "  // TODO: wait one second here, as `await asyncio.sleep(1)` does, without blocking the loop.\n")],
         missing=N_("co_await course::sleep(1): the wait `await asyncio.sleep(1)` is"),
         hints=[N_("A coroutine waits without blocking the loop with co_await."),
                N_("course::sleep(seconds) is asyncio.sleep: co_await course::sleep(1);")]),
    dict(name="create_task", python="lessons/create_task/two_tasks.py",
         lesson="create_task", namespace="two_tasks",
         head="",
         todo=[("  auto ex = co_await asio::this_coro::executor;\n"
               "  auto t1 = co_spawn(ex, task1(), use_task.of(\"task1\"));\n"
               "  auto t2 = co_spawn(ex, task2(), use_task.of(\"task2\"));\n"
               "\n"
               "  co_await t1.async_wait(use_awaitable);\n"
               "  co_await t2.async_wait(use_awaitable);\n",
               "  // TODO: start task1() and task2() as tasks, both at once (asyncio.create_task), then wait for\n"
               "  // each. Awaited one after the other, as here, they take 3 s instead of 2.\n"
               "  co_await task1();\n"
               "  co_await task2();\n")],
         missing=N_("co_spawn(ex, task1(), use_task): asyncio.create_task, which starts the "
                    "coroutine at once as a task"),
         hints=[N_("A coroutine that is awaited runs only then; a task runs on its own."),
                N_("auto ex = co_await asio::this_coro::executor; then auto t1 = co_spawn(ex, "
                   "task1(), use_task); makes the task."),
                N_("Await a task with co_await t1.async_wait(use_awaitable);")]),
    dict(name="await_each", python="lessons/gather/await_each.py",
         lesson="gather", namespace="await_each",
         head="\n#include <string>\n", shared="say_after",
         todo=[("  auto ex = co_await asio::this_coro::executor;\n"
               "  auto task1 = co_spawn(ex, say_after(1, \"hello\"), use_task.of(\"say_after\"));\n"
               "  auto task2 = co_spawn(ex, say_after(2, \"world\"), use_task.of(\"say_after\"));\n",
               "  // TODO: make both say_after calls tasks before anything waits, so that they sleep at the same\n"
               "  // time; then await each task for its result. Awaited in turn, as here, they take 3 s, not 2.\n"),
              ("  std::string ret1 = co_await task1.async_wait(use_awaitable);\n"
               "  std::string ret2 = co_await task2.async_wait(use_awaitable);\n",
               "  std::string ret1 = co_await say_after(1, \"hello\");\n"
               "  std::string ret2 = co_await say_after(2, \"world\");\n")],
         missing=N_("co_spawn(ex, say_after(1, \"hello\"), use_task) for each, before the "
                    "first co_await"),
         hints=[N_("Both sleeps must begin before either is awaited."),
                N_("Make two tasks with co_spawn(ex, ..., use_task), print \"started at\", then "
                   "std::string ret1 = co_await task1.async_wait(use_awaitable);")]),
    dict(name="gather", python="lessons/gather/gather_coroutines.py",
         lesson="gather", namespace="gather_coroutines",
         head="\n#include <string>\n#include <vector>\n", shared="say_after",
         todo=[("  std::vector<std::string> ret1 =\n"
               "      co_await course::gather(say_after(1, \"hello\"), say_after(2, \"world\"));\n",
               "  // TODO: run both coroutines concurrently and collect their results in order, as\n"
               "  // asyncio.gather does: one co_await for the two.\n"
               "  std::vector<std::string> ret1;\n"
               "  ret1.push_back(co_await say_after(1, \"hello\"));\n"
               "  ret1.push_back(co_await say_after(2, \"world\"));\n")],
         missing=N_("co_await course::gather(say_after(1, \"hello\"), say_after(2, \"world\")), "
                    "asyncio.gather"),
         hints=[N_("asyncio.gather runs its coroutines as tasks, all at once, and gives their "
                   "results in the order given."),
                N_("course::gather(a, b) is asyncio.gather(a, b): its co_await gives a "
                   "std::vector of the results.")]),
    dict(name="wait_for", python="lessons/wait_for/wait_for.py",
         lesson="wait_for", namespace="wait_for_timeout",
         head="",
         todo=[("  try {\n"
               "    auto wait = course::wait_for(long_task, 4);\n"
               "    int result = co_await std::move(wait);\n"
               "    print(result);\n"
               "  } catch (const course::timeout_error&) {\n"
               "    print(\"任务超时\");\n"
               "  }\n",
               "  // TODO: wait at most 4 seconds for the task (asyncio.wait_for), and print 任务超时 when the\n"
               "  // time is up (asyncio.TimeoutError). Here it waits the full 10 s.\n"
               "  int result = co_await long_task.async_wait(use_awaitable);\n"
               "  print(result);\n")],
         missing=N_("course::wait_for(long_task, 4), asyncio.wait_for, and a catch of "
                    "course::timeout_error"),
         hints=[N_("asyncio.wait_for(task, timeout=4) waits at most 4 s and then cancels the "
                   "task."),
                N_("auto wait = course::wait_for(long_task, 4); int result = co_await "
                   "std::move(wait); inside a try."),
                N_("The timeout raises course::timeout_error (asyncio.TimeoutError): catch it "
                   "and print 任务超时.")]),
    dict(name="shield", python="lessons/shield/shield.py",
         lesson="shield", namespace="shield_task",
         head="",
         todo=[("    auto shielded = course::wait_for(course::shield(long_task), 4);\n"
               "    int result = co_await std::move(shielded);\n",
               "    // TODO: the timeout cancels the task it waits for; protect the task (asyncio.shield), so that\n"
               "    // it runs on after the timeout and the await below gets its result.\n"
               "    auto wait = course::wait_for(long_task, 4);\n"
               "    int result = co_await std::move(wait);\n")],
         missing=N_("course::shield(long_task) inside the wait_for, as asyncio.shield"),
         hints=[N_("wait_for cancels what it waits for when the time is up; a shield is what "
                   "it cancels instead."),
                N_("course::wait_for(course::shield(long_task), 4)")]),
    dict(name="cancel", python="lessons/cancel/cancel.py",
         lesson="cancel", namespace="cancel_task",
         head="",
         todo=[("    if (seconds_elapsed == 5) long_task.cancel();\n",
               "    if (seconds_elapsed == 5) {\n"
               "      // TODO: after 5 seconds, cancel the task (long_task.cancel()).\n"
               "    }\n"),
              ("  try {\n"
               "    co_await long_task.async_wait(use_awaitable);\n"
               "  } catch (const boost::system::system_error& e) {\n"
               "    if (e.code() != asio::error::operation_aborted) throw;\n"
               "    print(\"任务被取消了\");\n"
               "  }\n",
               "  // TODO: awaiting a cancelled task throws (CancelledError): catch it and print 任务被取消了.\n"
               "  co_await long_task.async_wait(use_awaitable);\n")],
         missing=N_("long_task.cancel() when seconds_elapsed == 5, and a catch of the "
                    "cancellation (operation_aborted) around its await"),
         hints=[N_("if (seconds_elapsed == 5) long_task.cancel(); asks the task to stop at its "
                   "next wait."),
                N_("Awaiting a cancelled task throws boost::system::system_error with "
                   "asio::error::operation_aborted: asyncio's CancelledError."),
                N_("Catch it: catch (const boost::system::system_error& e) { if (e.code() != "
                   "asio::error::operation_aborted) throw; print(\"任务被取消了\"); }")]),
    dict(name="event", python="lessons/event/event.py",
         lesson="event", namespace="event_call_later",
         head="\n#include <functional>\n#include <string>\n",
         todo=[("  course::call_later(loop, 1, std::bind_front(set_event, std::ref(event)));\n",
               "  // TODO: not now: have the loop call set_event one second from now (loop.call_later), while\n"
               "  // both coroutines wait.\n"
               "  set_event(event);\n")],
         missing=N_("course::call_later(loop, 1, ...), loop.call_later, instead of the call now"),
         hints=[N_("The event must be set one second later, by the loop, while both coroutines "
                   "wait."),
                N_("course::call_later(loop, 1, std::bind_front(set_event, std::ref(event))); "
                   "is loop.call_later(1, functools.partial(set_event, event)).")]),
    dict(name="call_soon", python="lessons/call_soon/call_soon.py",
         lesson="call_soon", namespace="call_soon_callback",
         head="",
         todo=[("  asio::post(loop, call_later);\n",
               "  // TODO: do not call it now: hand call_later to the loop, which runs it once this coroutine\n"
               "  // gives the loop back (loop.call_soon).\n"
               "  (void)loop;\n"
               "  call_later();\n")],
         missing=N_("asio::post(loop, call_later), loop.call_soon: the loop calls it when this "
                    "coroutine gives it back"),
         hints=[N_("call_soon does not call: it queues the callback on the loop."),
                N_("asio::post(loop, call_later); queues it, and delay(1)'s first line comes "
                   "before it.")]),
    dict(name="queue", python="lessons/queue/producer_consumer.py",
         lesson="queue", namespace="producer_consumer",
         head="#include <course/queue.hpp>\n\n#include <string>\n#include <vector>\n\nusing course::py::str;\n",
         todo=[("    queue->task_done();\n",
               "    // TODO: tell the queue this item is done (queue.task_done()), or join() below waits forever.\n")],
         missing=N_("queue->task_done() after each item, queue.task_done(), which join() waits "
                    "for"),
         hints=[N_("join() waits until every item put was marked done."),
                N_("queue->task_done(); after the consumer's sleep.")]),
    dict(name="lock", python="lessons/lock/with_lock.py",
         lesson="lock", namespace="with_lock",
         head="#include <course/lock.hpp>\n\n#include <string>\n\nusing course::py::str;\n",
         todo=[("// The first program's deposit, inside the lock: the difference is the lesson (HACKING.md,\n"
               "// \"Repetition we keep\").\n"
               "awaitable<void> deposit(std::string name, course::lock* lock) {\n"
               "  co_await lock->async_acquire(use_awaitable);\n"
               "  course::releaser release(*lock);\n",
               "awaitable<void> deposit(std::string name, [[maybe_unused]] course::lock* lock) {\n"
               "  // TODO: hold the lock from here to the end of the function (async with lock:), so that no\n"
               "  // other deposit reads the balance while this one sleeps.\n")],
         missing=N_("co_await lock->async_acquire(use_awaitable) and a course::releaser, "
                    "async with lock:"),
         hints=[N_("Each deposit reads the balance, sleeps, then writes it: while one sleeps, "
                   "no other may read."),
                N_("co_await lock->async_acquire(use_awaitable); then course::releaser "
                   "release(*lock); releases it at the end of the scope, as async with does.")]),
    dict(name="semaphore", python="lessons/semaphore/five_jobs.py",
         lesson="semaphore", namespace="five_jobs",
         head="#include <course/lock.hpp>\n\n#include <string>\n",
         todo=[("awaitable<void> job(std::string name, course::semaphore* semaphore) {\n"
               "  co_await semaphore->async_acquire(use_awaitable);\n"
               "  course::releaser release(*semaphore);\n",
               "awaitable<void> job(std::string name, [[maybe_unused]] course::semaphore* semaphore) {\n"
               "  // TODO: take one of the semaphore's two permits for the whole job (async with semaphore:), so\n"
               "  // that at most two jobs run at once.\n")],
         missing=N_("co_await semaphore->async_acquire(use_awaitable) and a course::releaser, "
                    "async with semaphore:"),
         hints=[N_("A semaphore of two lets two jobs in at once; the others wait for a permit."),
                N_("co_await semaphore->async_acquire(use_awaitable); course::releaser "
                   "release(*semaphore);")]),
    dict(name="to_thread", python="exercises/to_thread.py",
         lesson=None, namespace="off_the_loop", note="003 尝试运行多个CPU密集型函数",
         head="\n#include <cstdint>\n",
         todo=[("  auto on_thread = course::to_thread(count_steps, 1000);\n"
               "  const std::int64_t result = co_await std::move(on_thread);\n",
               "  // TODO: run count_steps(1000) on a thread of the loop's pool (asyncio.to_thread) and await its\n"
               "  // result, so that the ticker runs while it counts. Called here, it holds the loop.\n"
               "  const std::int64_t result = count_steps(1000);\n")],
         missing=N_("course::to_thread(count_steps, 1000), asyncio.to_thread, awaited"),
         hints=[N_("A plain function called in a coroutine holds the loop until it returns: "
                   "the ticker waits."),
                N_("auto on_thread = course::to_thread(count_steps, 1000); then const "
                   "std::int64_t result = co_await std::move(on_thread);")]),
]
for number, e in enumerate(EXERCISES, 1):
    e["number"] = number
    e["file"] = f"{number:02d}_{e['name']}.cpp"
    e["source"] = (f"lessons/{e['lesson']}/{e['lesson']}.cpp" if e["lesson"]
                   else f"exercises/{e['name']}.cpp")


def program_of(source, e):
    """The exercise's program as its source (the lesson) writes it: the note it comes from, the
    code shared by the lesson's programs that it uses, and its namespace without the descriptor.
    Raises RuntimeError when the source no longer holds what the exercise names."""
    path = os.path.join(source, e["source"])
    with open(path, encoding="utf-8") as f:
        text = f.read()
    start = text.find(f"namespace {e['namespace']} {{")
    end = text.find(f"}}  // namespace {e['namespace']}", start)
    if start < 0 or end < 0:
        raise RuntimeError(f"{e['source']} has no namespace {e['namespace']} (exercise {e['name']})")
    body = text[start:end]
    descriptor = body.find("const course::program descriptor")
    code = (body[:descriptor] if descriptor >= 0 else body).rstrip()
    code += f"\n\n}}  // namespace {e['namespace']}\n"
    note = e.get("note")
    if note is None:
        n = re.search(r'\.note = course::note_(\d+),\s*\.section = (?:"(.*)"|(\w+))', body)
        named = n and (n.group(2) or re.search(r'\b%s = "(.*)"' % n.group(3), text))
        if not named:
            raise RuntimeError(f"{e['source']}, namespace {e['namespace']}: no descriptor with "
                               f".note and .section (exercise {e['name']})")
        note = f"{n.group(1)} {named if isinstance(named, str) else named.group(1)}"
    shared = ""
    if e.get("shared"):
        m = re.search(r"^\S[^\n]* %s\(.*?^}\n" % e["shared"], text, re.M | re.S)
        if m is None:
            raise RuntimeError(f"{e['source']} has no {e['shared']} (exercise {e['name']})")
        shared = f"\n// {e['shared']}, as {e['source']} has it\n{m.group(0)}"
    return note, shared, code


def exercise_text(source, e, solved):
    """The exercise as the learner gets it (solved=False: the lesson's code with TODOs where the
    construct it teaches was), or its solution (solved=True: the lesson's code as it is)."""
    note, shared, code = program_of(source, e)
    if not solved:
        for was, todo in e["todo"]:
            if code.count(was) != 1:
                raise RuntimeError(f"{e['source']}, namespace {e['namespace']}, no longer holds "
                                   f"once what exercise {e['name']} asks for:\n{was}")
            code = code.replace(was, todo)
    with open(os.path.join(source, e["python"]), encoding="utf-8") as f:
        python = "".join(f"//   {line}".rstrip() + "\n" if line.strip() else "//\n"
                         for line in f.read().rstrip().splitlines())
    name, count = e["name"], len(EXERCISES)
    if solved:
        whose = "The lesson's code" if e["lesson"] else "The course's own program"
        top = (f"// Solution of exercise {e['number']} of {count}: {name} (note {note}).\n"
               f"// {whose}, drawn from {e['source']}, namespace {e['namespace']}.\n"
               f"// `course exercise check {name} --file THIS_FILE` passes.\n")
        tail = ""
    else:
        top = (f"// Exercise {e['number']} of {count}: {name} (note {note}).\n"
               f"// 练习：把下面的 Python 译成 Asio，写在 TODO 处；course exercise check {name} 检查。\n")
        tail = "//\n" + "".join(
            f"// {line}\n" for line in textwrap.wrap(
                f"Write the Asio where the TODOs are. Then `course exercise check {name}` builds "
                f"this file, runs it in virtual time and compares each line it prints, and when, "
                f"with CPython's run of the Python; `course exercise hint {name}` gives one more "
                f"hint each time; `course watch` checks on every save and moves on when it passes.",
                97, break_on_hyphens=False))
    return (f"{top}//\n// The Python ({e['python']}):\n//\n{python}{tail}"
            f"#include <course/names.hpp>\n{e['head']}{shared}\n{code}\n"
            f"int main(int argc, char** argv) {{\n"
            f"  return course::exercise_main(argc, argv, \"{name}\", {e['namespace']}::program);\n"
            f"}}\n")


class Usage(Exception):
    pass


def find(name):
    for e in EXERCISES:
        if name in (e["name"], f"{e['number']:02d}", str(e["number"])):
            return e
    names = ", ".join(e["name"] for e in EXERCISES)
    raise Usage(tr("no exercise '%s' (the exercises: %s)") % (name, names))


class Progress:
    """The exercises done and the hints shown, kept in the build folder."""

    def __init__(self, path):
        self.path = path
        self.done, self.hints = [], {}
        try:
            with open(path, encoding="utf-8") as f:
                data = json.load(f)
            self.done = [n for n in data.get("done", []) if isinstance(n, str)]
            self.hints = {k: int(v) for k, v in data.get("hints", {}).items()}
        except (OSError, ValueError, AttributeError, TypeError):
            pass

    def save(self):
        os.makedirs(os.path.dirname(self.path) or ".", exist_ok=True)
        temporary = self.path + ".new"
        with open(temporary, "w", encoding="utf-8") as f:
            json.dump({"done": self.done, "hints": self.hints}, f, ensure_ascii=False)
        os.replace(temporary, self.path)

    def mark_done(self, e):
        if e["name"] not in self.done:
            self.done.append(e["name"])
            self.save()

    def next(self):
        return next((e for e in EXERCISES if e["name"] not in self.done), None)


def command_list(args, progress):
    following = progress.next()
    rows = []
    for e in EXERCISES:
        status = (tr("done") if e["name"] in progress.done
                  else tr("next") if e is following else tr("to do"))
        rows.append((f"{e['number']:2d}", e["name"], status,
                     os.path.relpath(mine(args, e), args.source)))
    heads = ("#", tr("exercise"), tr("status"), tr("file"))
    widths = [max(cc.width_of(r[i]) for r in rows + [heads]) for i in range(4)]
    for r in [heads] + rows:
        print("  ".join(cc.fit(c, widths[i]) if i < 3 else c for i, c in enumerate(r)).rstrip())
    print()
    print(tr("%d of %d done.") % (len([e for e in EXERCISES if e["name"] in progress.done]),
                                  len(EXERCISES)), end=" ")
    if following:
        print(tr("Next: course exercise check %s (or course watch).") % following["name"])
    else:
        print(tr("All done."))
    return 0


def command_hint(args, progress):
    e = find(args.name)
    shown = min(progress.hints.get(e["name"], 0) + 1, len(e["hints"]))
    progress.hints[e["name"]] = shown
    progress.save()
    for i in range(shown):
        print(f"{i + 1}. {tr(e['hints'][i])}")
    if shown < len(e["hints"]):
        print(tr("(hint %d of %d: ask again for the next)") % (shown, len(e["hints"])))
    else:
        print(tr("(hint %d of %d; the solution: %s)") % (
            shown, len(e["hints"]), f"{e['source']}, namespace {e['namespace']}"))
    return 0


ERROR = re.compile(r"^(?P<path>[^:\n]+):(?P<line>\d+):(?P<col>\d+): (?:fatal )?error: (?P<msg>.*)$")


def compile_errors(output, copy, args_build):
    """The compiler's errors in the learner's file (its copy's path put back), or, when none
    is there, the first error elsewhere."""
    theirs, others = [], []
    for line in output.splitlines():
        m = ERROR.match(line.strip())
        if not m:
            continue
        where = os.path.join(args_build, m.group("path"))  # relative: to the build folder
        message = m.group("msg")
        if len(message) > 240:
            message = message[:239] + "…"
        entry = (int(m.group("line")), int(m.group("col")), message)
        if os.path.realpath(where) == os.path.realpath(copy):
            theirs.append(entry)
        else:
            others.append((where, entry))
    return theirs, others


def build(args, e, source_file):
    """Builds the learner's file; the program's path, or None after saying why it failed."""
    learner_dir = os.path.join(args.build, "exercises", "learner")
    copy = os.path.join(learner_dir, "exercise.cpp")
    with open(source_file, "rb") as f:
        text = f.read()
    old = None
    if os.path.exists(copy):
        with open(copy, "rb") as f:
            old = f.read()
    if old != text:  # an unchanged copy keeps its time stamp: nothing to rebuild
        print(tr("building %s ...") % shown(source_file))
        sys.stdout.flush()
        os.makedirs(learner_dir, exist_ok=True)
        with open(copy + ".new", "wb") as f:
            f.write(text)
        os.replace(copy + ".new", copy)
    cmake = shutil.which("cmake") or "cmake"
    try:
        p = subprocess.run([cmake, "--build", args.build, "--target", "exercise_learner"],
                           stdin=subprocess.DEVNULL, capture_output=True, timeout=BUILD_TIMEOUT)
    except subprocess.TimeoutExpired:
        print(tr("✗ %s: the build took more than %d s") % (e["name"], BUILD_TIMEOUT))
        return None
    except OSError as error:
        print(tr("✗ %s: cannot run cmake: %s") % (e["name"], error))
        return None
    if p.returncode != 0:
        output = p.stdout.decode("utf-8", "replace") + p.stderr.decode("utf-8", "replace")
        theirs, others = compile_errors(output, copy, args.build)
        print(cc.paint("31", tr("✗ %s: %s does not compile") % (e["name"], shown(source_file))))
        if theirs:
            line, col, message = theirs[0]
            print(f"  {shown(source_file)}:{line}:{col}: {tr('error:')} {message}")
            lines = text.decode("utf-8", "replace").splitlines()
            if 0 < line <= len(lines):
                source_line = lines[line - 1].replace("\t", " ")
                print(f"  {line:5d} | {source_line}")
                print("        | " + " " * max(0, cc.width_of(source_line[:col - 1])) + "^")
            if len(theirs) > 1:
                print(tr("  (and %d more errors in your file)") % (len(theirs) - 1))
        elif others:
            where, (line, col, message) = others[0]
            print(f"  {where}:{line}:{col}: {tr('error:')} {message}")
        else:
            tail = [l for l in output.splitlines() if l.strip()][-5:]
            print("\n".join("  " + l[:240] for l in tail))
        print(tr("  the first error is the one to fix; the build's whole output: cmake --build "
                 "%s --target exercise_learner") % args.build)
        return None
    return os.path.join(args.build, "exercises", "exercise_learner")


def cpython_records(args, e):
    env = {"PYTHONPATH": os.path.join(args.source, "lessons")}
    argv = [args.python, args.vloop, "--script", os.path.join(args.source, e["python"])]
    rc, out, err = cc.run(argv, env)
    if rc != 0:
        raise RuntimeError(f"CPython: {' '.join(argv)} exited {rc}: {err.strip()[-500:]}")
    return cc.records_of(out, False)


ENDINGS = {
    "= stalled": N_("it stalled: every task waits and nothing is left that would wake one (a "
                    "set, a task_done, a release that never comes)"),
}


def ending(record):
    if record is None:
        return tr("it printed nothing more")
    text = record.text
    if text in ENDINGS:
        return tr(ENDINGS[text])
    if text.startswith("= exception: "):
        return tr("it ended with an exception: %s") % text[len("= exception: "):]
    if text == "= cancelled":
        return tr("it ended cancelled (CancelledError)")
    return text


def seconds(at):
    return tr("%.3f s") % at if at is not None else "-"


def explain(e, theirs, ours):
    """The first difference, in the learner's terms; None when the runs agree."""
    for i in range(max(len(theirs), len(ours))):
        t = theirs[i] if i < len(theirs) else None
        o = ours[i] if i < len(ours) else None
        same_text = t is not None and o is not None and t.key == o.key
        same_time = same_text and (t.at is None) == (o.at is None) and (
            t.at is None or abs(t.at - o.at) < 1e-6)
        if same_text and same_time:
            continue
        out = []
        if t is not None and t.text.startswith("= ") or o is not None and o.text.startswith("= "):
            if t is not None and t.text.startswith("= ") and o is not None and \
                    o.text.startswith("= ") and same_text:
                out.append(tr("it ends as CPython's does, but at another time"))
            elif o is not None and o.text.startswith("= "):
                if t is not None and not t.text.startswith("= "):
                    out.append(tr("CPython prints line %d at %s: %s") % (i + 1, seconds(t.at),
                                                                          t.text))
                    out.append(tr("yours does not: %s") % ending(o))
                else:
                    out.append(tr("CPython's run ends: %s") % ending(t))
                    out.append(tr("yours ends: %s") % ending(o))
            else:
                out.append(tr("yours prints line %d at %s: %s") % (i + 1, seconds(o.at), o.text))
                out.append(tr("CPython's does not: %s") % ending(t))
        elif same_text:
            early = o.at < t.at
            out.append(tr("line %d comes at the wrong time: %s") % (i + 1, t.text))
            by = (tr("%s early") if early else tr("%s late")) % seconds(abs(t.at - o.at))
            out.append(tr("CPython prints it at %s, yours at %s (%s)") % (seconds(t.at),
                                                                          seconds(o.at), by))
            out.append(tr("something that should wait does not") if early
                       else tr("something waits that should run meanwhile"))
        else:
            out.append(tr("line %d is not CPython's") % (i + 1))
            out.append(tr("CPython: %s  %s") % (seconds(t.at) if t else "-", t.text if t else ""))
            out.append(tr("yours:   %s  %s") % (seconds(o.at) if o else "-", o.text if o else ""))
        context = [r for r in theirs[max(0, i - 3):i]]
        return out, context
    return None


def check_once(args, e, source_file, progress, built=None):
    """Checks one file; 0 when it agrees with CPython, else 1."""
    program = built or build(args, e, source_file)
    if program is None:
        return 1
    rc, out, err = run_with_timeout(program)
    if rc is None:
        print(cc.paint("31", tr("✗ %s: your program did not finish in %d s of real time: a loop "
                                "that never gives the loop back (no co_await)?")
                       % (e["name"], RUN_TIMEOUT)))
        return 1
    ours = cc.records_of(out, False)
    if rc != 0 and not (ours and ours[-1].text.startswith("= ")):
        print(cc.paint("31", tr("✗ %s: your program crashed (exit %d)") % (e["name"], rc)))
        print("\n".join("  " + l for l in err.strip().splitlines()[-6:]))
        return 1
    theirs = cpython_records(args, e)
    found = explain(e, theirs, ours)
    if found is None:
        print(cc.paint("32", tr("✓ %s: agrees with CPython, every line at its time, and ends as "
                                "it does (virtual time)") % e["name"]))
        progress.mark_done(e)
        return 0
    out, context = found
    print(cc.paint("31", tr("✗ %s: not yet what CPython does") % e["name"]))
    if context:
        print(tr("  the lines before it agree:"))
        for r in context:
            print("    " + r.shown())
    for line in out:
        print("  " + line)
    print(cc.paint("33", "  " + tr("likely missing: %s") % tr(e["missing"])))
    print("  " + tr("course exercise hint %s gives a hint") % e["name"])
    return 1


def run_with_timeout(program):
    return cc.run([program, "--records", "--virtual-time"], {"LANGUAGE": "en"}, RUN_TIMEOUT)


def mine(args, e):
    return os.path.join(args.source, "my-exercises", e["file"])


def source_of(args, e):
    """The file to check: --file, else the learner's copy in my-exercises/, made from the lesson
    the first time (the build keeps compiling the exercise as shipped, whatever state the
    learner's copy is in)."""
    if args.file:
        if not os.path.isfile(args.file):
            raise Usage(tr("no file %s") % args.file)
        return args.file
    path = mine(args, e)
    if not os.path.exists(path):
        os.makedirs(os.path.dirname(path), exist_ok=True)
        text = exercise_text(args.source, e, False)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        print(tr("%s is yours to edit: the program of %s, with TODOs where you write the Asio")
              % (os.path.relpath(path, args.source), e["source"]))
    return path


def command_check(args, progress):
    e = find(args.name)
    if args.built and not os.access(args.built, os.X_OK):
        raise Usage(tr("--built: no program %s") % args.built)
    rc = check_once(args, e, source_of(args, e) if not args.built else args.built, progress,
                    args.built)
    if rc == 0:
        following = progress.next()
        if following:
            print(tr("Next: exercise %d, %s (%s)") % (following["number"], following["name"],
                                                     os.path.relpath(mine(args, following),
                                                                     args.source)))
    return rc


def shown(path):
    """path as the learner would type it from here."""
    relative = os.path.relpath(path)
    return path if relative.startswith("..") else relative


def stamp(path):
    try:
        s = os.stat(path)
        return (s.st_mtime_ns, s.st_size)
    except OSError:
        return None


def command_watch(args, progress):
    e = find(args.name) if args.name else progress.next()
    if e is None:
        print(tr("All %d exercises are done.") % len(EXERCISES))
        return 0
    try:
        while e is not None:
            path = source_of(args, e)
            print(cc.paint("1", tr("── exercise %d of %d, %s: %s") % (e["number"], len(EXERCISES),
                                                                       e["name"], shown(path))))
            sys.stdout.flush()
            while True:
                seen = stamp(path)
                if check_once(args, e, path, progress) == 0:
                    break
                print(tr("watching %s: save it to check again (Ctrl-C ends)") % shown(path))
                sys.stdout.flush()
                while stamp(path) == seen:
                    time.sleep(0.3)
            if args.file:
                break
            e = progress.next()
            print()
        if not args.file:
            print(tr("All %d exercises are done.") % len(EXERCISES))
    except KeyboardInterrupt:
        print()
        print(tr("watch ended"))
    sys.stdout.flush()
    return 0


def command_files(args, progress):
    """What the build makes: a line an exercise, its file and the source it is made from."""
    for e in EXERCISES:
        print(e["file"], e["source"], e["python"])
    return 0


def command_make(args, progress):
    """Writes exercise NAME as shipped (OUT/NN_NAME.cpp) and its solution
    (OUT/solutions/NN_NAME.cpp), for the build; a file whose text is the same is left as it is."""
    e = find(args.name)
    for solved, folder in ((False, args.out), (True, os.path.join(args.out, "solutions"))):
        text = exercise_text(args.source, e, solved)
        path = os.path.join(folder, e["file"])
        try:
            with open(path, encoding="utf-8") as f:
                if f.read() == text:
                    continue
        except OSError:
            pass
        os.makedirs(folder, exist_ok=True)
        with open(path + ".new", "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(path + ".new", path)
    return 0


class Parser(argparse.ArgumentParser):
    """Bad usage is one line on stderr and exit 2, as everywhere in the course."""

    def error(self, message):
        print(f"{self.prog}: {message} (see {self.prog} --help)", file=sys.stderr)
        sys.exit(2)


USAGE = """course exercise list                      the exercises: done, next, to do
course exercise check NAME [--file PATH]  build your copy (or PATH), run it, hold it to CPython
course exercise hint NAME                 one more hint each time
course watch [NAME] [--file PATH]         check on every save, move on when it passes"""


def main():
    internal = argparse.SUPPRESS  # what the runner passes: not the learner's to type
    ap = Parser(prog="course exercise", usage=USAGE, add_help=True)
    ap.add_argument("--source", required=True, help=internal)
    ap.add_argument("--build", required=True, help=internal)
    ap.add_argument("--python", default=sys.executable, help=internal)
    ap.add_argument("--vloop", default=None, help=internal)
    ap.add_argument("--progress", default=None, help=internal)
    ap.add_argument("--localedir", default="", help=internal)
    sub = ap.add_subparsers(dest="command", required=True, parser_class=Parser,
                            metavar="{list,check,hint}")
    sub.add_parser("list", prog="course exercise list")
    p = sub.add_parser("check", prog="course exercise check", usage="course exercise check NAME [--file PATH]")
    p.add_argument("name", help="the exercise (course exercise list names them)")
    p.add_argument("--file", help="check this file instead of my-exercises/NN_NAME.cpp")
    p.add_argument("--built", help=internal)  # a program already built (the tests' skeletons)
    p = sub.add_parser("hint", prog="course exercise hint", usage="course exercise hint NAME")
    p.add_argument("name")
    p = sub.add_parser("watch", prog="course watch", usage="course watch [NAME] [--file PATH]")
    p.add_argument("name", nargs="?")
    p.add_argument("--file", help="watch this file instead of my-exercises/NN_NAME.cpp")
    sub.add_parser("files", prog="course exercise files")
    p = sub.add_parser("make", prog="course exercise make")
    p.add_argument("name")
    p.add_argument("--out", required=True)
    args = ap.parse_args()
    cc.speak(args.localedir)
    # Ctrl-C is KeyboardInterrupt even when started in the background of a script, which
    # ignores SIGINT for its children.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    args.vloop = args.vloop or os.path.join(args.source, "tests", "diff", "vloop.py")
    progress = Progress(args.progress or os.environ.get("COURSE_EXERCISE_PROGRESS")
                        or os.path.join(args.build, "exercises", "progress.json"))
    commands = {"list": command_list, "check": command_check, "hint": command_hint,
                "watch": command_watch, "files": command_files, "make": command_make}
    try:
        return commands[args.command](args, progress)
    except Usage as e:
        print(f"course: {e} {tr('(see --help)')}", file=sys.stderr)
        return 2
    except RuntimeError as e:
        print(f"course: {e}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        sys.exit(130)
