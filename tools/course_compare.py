#!/usr/bin/env python3
"""course compare: each program's Python under CPython beside its C++ translation.

    course_compare.py --lessons DIR --bin DIR --vloop FILE [--virtual-time | --speed X (1)]
                      (--all LESSON... | LESSON [--variant V])

For each program: CPython runs lessons/LESSON/VARIANT.py on tests/diff/vloop.py's loop (virtual
time, or CPython's own loop on a clock X times faster), the lesson runs with --records in the same
clock, and the two runs are set side by side, record by record, each with its time. A record is a
line printed, a report of the loop, or how the program ended (tests/diff/README.md).

Addresses (0x...) and type names (<class '...'>, <... object) are the programs' own: they are
masked before comparing, as the output contract says. In virtual time every time must be equal. In
real time the times may differ by the machine's jitter (0.1 s + 0.05 s per unit of speed, in course
seconds), and the numbers a program prints are masked: they are its measurements. A lesson that
measures real work (cpu_bound, blocking_api, scale) is compared alone and in real time only (--all
leaves it out): CPU work does not run faster at --speed, and blocking_api's Python needs the
internet (example.com).

Where the note's program fails under Python 3.11 or differs from what its text means (a typo, an
API that changed), the lesson's erratum says so and VARIANT.fixed.py is the program the note
means: the difference is explained when CPython's run of the fixed program agrees with the C++.
A program that shows where asio parts ways with asyncio (README) has VARIANT.asio.txt beside it:
the C++ records it must print instead of CPython's.
Exit 0 when every difference is explained, 1 otherwise, 2 on a usage error.
"""

import argparse
import difflib
import json
import os
import re
import shutil
import subprocess
import sys
import unicodedata
import gettext

TIMEOUT = 120
TIMED = re.compile(r"^(-?\d+\.\d{3}) (.*)$", re.S)
MASKS = [
    (re.compile(r"0x[0-9a-fA-F]+"), "0x…"),
    (re.compile(r"<class '[^']*'>"), "<class …>"),
    (re.compile(r"<[^<> ]+(<[^<>]*>)? object"), "<… object"),
    (re.compile(r"^(! )?Executing <.*> took"), r"\1Executing <…> took"),
]
NUMBER = re.compile(r"\d+(\.\d+)?")
COLOR = (sys.stdout.isatty() and not os.environ.get("NO_COLOR")
         and os.environ.get("TERM") != "dumb")
# The course's voice in the language the runner chose (it sets LANGUAGE), from the catalogue the
# build compiled (po/zh_CN.po); English when there is none.
tr = gettext.gettext


def speak(localedir):
    global tr
    language = os.environ.get("LANGUAGE", "")
    languages = ["zh_CN"] if language.startswith("zh") else []
    tr = gettext.translation("asio-course", localedir, languages=languages, fallback=True).gettext


def paint(code, text):
    return f"\033[{code}m{text}\033[0m" if COLOR else text


def width_of(text):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 0 if unicodedata.combining(c)
               else 1 for c in text)


def fit(text, width):
    """text cut or padded to `width` columns (a cut ends with …)."""
    if width_of(text) > width:
        out, used = "", 0
        for c in text:
            w = width_of(c)
            if used + w > width - 1:
                break
            out, used = out + c, used + w
        text = out + "…"
    return text + " " * (width - width_of(text))


def run(argv, env_extra=None, timeout=TIMEOUT):
    env = dict(os.environ)
    env.update({"PYTHONIOENCODING": "utf-8", "PYTHONUTF8": "1", "NO_COLOR": "1"})
    for var in ("PYTHONASYNCIODEBUG", "PYTHONDEVMODE", "PYTHONWARNINGS"):
        env.pop(var, None)
    env.update(env_extra or {})
    try:
        p = subprocess.run(argv, stdin=subprocess.DEVNULL, capture_output=True, env=env,
                           timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, "", f"timed out after {timeout} s: {' '.join(argv)}"
    except OSError as e:
        return None, "", f"cannot run {argv[0]}: {e}"
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


class Record:
    def __init__(self, line, mask_numbers):
        m = TIMED.match(line)
        self.at = float(m.group(1)) if m else None
        self.text = m.group(2) if m else line
        self.key = self.text
        for pattern, repl in MASKS:
            self.key = pattern.sub(repl, self.key)
        if mask_numbers:
            self.key = NUMBER.sub("#", self.key)

    def shown(self):
        return (f"{self.at:7.3f} " if self.at is not None else " " * 8) + self.text


def records_of(text, mask_numbers):
    return [Record(line, mask_numbers) for line in text.splitlines() if line.strip()]


def directives(py_path):
    """How the program is meant to be run, from `# course compare: ...` lines of the .py:
    `-X dev` goes to python3, `NAME=value` into both programs' environment, `--flag` to the
    lesson (`# course compare: -X dev --debug`)."""
    python_flags, env, lesson_args = [], {}, []
    with open(py_path, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"#\s*course compare:\s*(.*)$", line.strip())
            if not m:
                continue
            for word in m.group(1).split():
                if word.startswith("-X"):
                    python_flags.append(word)
                elif "=" in word and word.split("=")[0].isupper():
                    k, v = word.split("=", 1)
                    env[k] = v
                elif word.startswith("--"):
                    lesson_args.append(word)
                elif python_flags and python_flags[-1] == "-X":
                    python_flags.append(word)
    return python_flags, env, lesson_args


class Comparison:
    def __init__(self, about, args):
        self.about = about
        self.lesson = about["lesson"]
        self.variant = about["variant"]
        self.args = args
        self.virtual = args.speed is None
        self.measured = bool(about.get("real_time_only"))
        # In real time the numbers a program prints are its measurements (It took 2.01 seconds,
        # a time of day): they are masked, as the output contract says.
        self.mask_numbers = self.measured or not self.virtual
        folder = os.path.join(args.lessons, self.lesson)
        self.py = os.path.join(folder, self.variant + ".py")
        self.fixed = os.path.join(folder, self.variant + ".fixed.py")
        self.status = None  # agrees | erratum | parts ways | DIFFERS | skipped | no Python | FAILED
        self.output = []

    def python(self, path, flags, env):
        argv = [self.args.python] + flags + [self.args.vloop]
        if not self.virtual:
            argv += ["--speed", f"{self.args.speed:g}"]
        argv += ["--script", path]
        env = dict(env)
        env["PYTHONPATH"] = os.pathsep.join(
            [self.args.lessons] + ([os.environ["PYTHONPATH"]] if "PYTHONPATH" in os.environ
                                   else []))
        rc, out, err = run(argv, env)
        if rc != 0:
            raise RuntimeError(f"CPython: {' '.join(argv)} exited {rc}: {err.strip()[-500:]}")
        return records_of(out, self.mask_numbers)

    def cpp(self, lesson_args, env):
        argv = [os.path.join(self.args.bin, self.lesson), "--variant", self.variant, "--records",
                "--check"] + lesson_args
        argv += ["--virtual-time"] if self.virtual else ["--speed", f"{self.args.speed:g}"]
        rc, out, err = run(argv, env)
        if rc is None:
            raise RuntimeError(err)
        if rc not in (0, 1):
            raise RuntimeError(f"C++: {' '.join(argv)} exited {rc}: {err.strip()[-500:]}")
        self.claims_missed = rc == 1 and "MISSED" in err
        return records_of(out, self.mask_numbers)

    def tolerance(self):
        return 1e-9 if self.virtual else 0.1 + 0.05 * self.args.speed

    def pairs(self, left, right):
        """The two runs aligned: (a or None, b or None, mark) with mark ' ' same, '~' same
        line at another time, '!' a line one side lacks or says otherwise."""
        sm = difflib.SequenceMatcher(a=[r.key for r in left], b=[r.key for r in right],
                                     autojunk=False)
        out = []
        for op, i1, i2, j1, j2 in sm.get_opcodes():
            if op == "equal":
                for a, b in zip(left[i1:i2], right[j1:j2]):
                    late = (a.at is not None and b.at is not None
                            and abs(a.at - b.at) > self.tolerance() and not self.measured)
                    out.append((a, b, "~" if late or (a.at is None) != (b.at is None) else " "))
            else:
                for k in range(max(i2 - i1, j2 - j1)):
                    a = left[i1 + k] if i1 + k < i2 else None
                    b = right[j1 + k] if j1 + k < j2 else None
                    out.append((a, b, "!"))
        return out

    def table(self, left, right, lname, rname):
        pairs = self.pairs(left, right)
        # The left column as wide as its widest record, unless both cannot fit the terminal.
        col = max([width_of(lname)] + [width_of(r.shown()) for r in left])
        right_width = max([width_of(rname)] + [width_of(r.shown()) for r in right])
        if col + 4 + right_width > self.args.width:
            col = max(self.args.width - 4 - right_width, (self.args.width - 4) // 2)
        lines = [f"   {fit(lname, col)}  {rname}"]
        for a, b, mark in pairs:
            sign = {" ": "  ", "~": paint("33", "~ "), "!": paint("31", "! ")}[mark]
            right_text = b.shown() if b else ""
            if width_of(right_text) > self.args.width - col - 4:
                right_text = fit(right_text, max(self.args.width - col - 4, 10))
            lines.append(f" {sign}{fit(a.shown() if a else '', col)}  {right_text}".rstrip())
        return lines, sum(1 for pair in pairs if pair[2] != " ")

    def compare(self):
        a = self.about
        clock = (tr("virtual time") if self.virtual
                 else tr("real time at --speed {speed}").format(speed=f"{self.args.speed:g}"))
        note = tr("beyond the notes:") if a["note"] == "beyond the notes" else a["note"][:3]
        self.output.append(paint("1", f"── {self.lesson}/{self.variant}: {note} "
                                      f"{a['section']}") + f", {clock}")
        if self.measured and (self.virtual or self.args.all):
            # Measured work (CPU time, sockets, a million tasks) does not run faster at --speed,
            # and blocking_api's Python needs the internet: such a lesson is compared alone.
            self.status = "skipped"
            self.output.append("   " + tr("real time only ({why}): course compare {lesson} "
                                          "--speed 1").format(why=a['real_time_only'],
                                                              lesson=self.lesson))
            return
        if not os.path.exists(self.py):
            self.status = "no Python"
            self.output.append("   " + tr("no {path}").format(path=os.path.relpath(self.py)))
            return
        flags, env, lesson_args = directives(self.py)
        try:
            left = self.python(self.py, flags, env)
            right = self.cpp(lesson_args, env)
        except RuntimeError as e:
            self.status = "FAILED"
            self.output.append(f"   {e}")
            return
        rel = os.path.relpath(self.py, self.args.lessons)
        lines, differences = self.table(left, right, f"CPython 3.11: {rel}",
                                        f"C++: {self.lesson} --variant {self.variant}")
        self.output += lines
        if self.claims_missed:
            self.output.append(paint("31", "   " + tr("the lesson's claims were missed (its "
                                                    "--check failed): run it to see which")))
        if a["erratum"]:
            label = tr("erratum:")
            gap = "" if label.endswith("\uff1a") else " "  # a full-width colon has its space
            self.output.append(paint("36", "   " + label + gap + a["erratum"]))
        if differences == 0:
            self.status = "agrees" if not self.claims_missed else "DIFFERS"
            if os.path.exists(os.path.join(self.args.lessons, self.lesson,
                                           self.variant + ".asio.txt")):
                self.status = "DIFFERS"
                self.output.append("   " + tr("a program where asio parts ways "
                                              "(VARIANT.asio.txt) now does what CPython does"))
            return
        part_ways = os.path.join(self.args.lessons, self.lesson, self.variant + ".asio.txt")
        if os.path.exists(part_ways):
            with open(part_ways, encoding="utf-8") as f:
                expected = records_of(f.read(), self.mask_numbers)
            adiff = self.table(expected, right, "", "")[1]
            if adiff == 0 and not self.claims_missed:
                self.status = "parts ways"
                self.output.append("   " + tr("explained: asio parts ways here, as README says; "
                                              "the C++ prints {path}").format(
                    path=os.path.relpath(part_ways, self.args.lessons)))
                return
            self.output.append("   " + tr("and the C++ is not what {path} holds").format(
                path=part_ways))
        if os.path.exists(self.fixed):
            try:
                fixed = self.python(self.fixed, flags, env)
            except RuntimeError as e:
                self.status = "FAILED"
                self.output.append(f"   {e}")
                return
            frel = os.path.relpath(self.fixed, self.args.lessons)
            flines, fdiff = self.table(fixed, right, f"CPython 3.11: {frel}",
                                       f"C++: {self.lesson} --variant {self.variant}")
            if fdiff == 0 and a["erratum"] and not self.claims_missed:
                self.status = "erratum"
                self.output.append("   " + tr("explained: the program the note means ({path}) "
                                              "runs as the C++ does").format(path=frel))
                if self.args.verbose:
                    self.output += flines
                return
            self.output += ["   " + tr("and the program the note means:")] + flines
        self.status = "DIFFERS"
        self.output.append(paint("31", "   " + tr("{n} record(s) differ and no erratum "
                                                "explains them").format(n=differences)))


def describe(args, lesson, variant):
    argv = [os.path.join(args.bin, lesson), "--describe"]
    if variant:
        argv += ["--variant", variant]
    rc, out, err = run(argv)
    if rc != 0:
        raise SystemExit(f"course compare: {lesson}: {err.strip() or tr('no such lesson')}")
    return [json.loads(line) for line in out.splitlines() if line.strip()]


class Parser(argparse.ArgumentParser):
    def error(self, message):
        """A usage error is one line on stderr and exit 2, as everywhere in the course."""
        print("course compare: " + tr("{message} (see course compare --help)").format(
            message=message), file=sys.stderr)
        sys.exit(2)


def main():
    ap = Parser(prog="course compare", description=__doc__.split("\n\n")[0])
    ap.add_argument("lesson", nargs="*")
    ap.add_argument("--variant")
    ap.add_argument("--all", action="store_true", help="every program of every lesson")
    ap.add_argument("--virtual-time", action="store_true")
    ap.add_argument("--speed", type=float)
    ap.add_argument("--lessons", required=True, help="the lessons' sources (lessons/)")
    ap.add_argument("--bin", required=True, help="the lessons' executables")
    ap.add_argument("--vloop", required=True)
    ap.add_argument("--python", default=sys.executable)
    ap.add_argument("--lesson-names", default="", help="comma-separated, in the course's order")
    ap.add_argument("--quiet", action="store_true", help="only the summary and what differs")
    ap.add_argument("--verbose", action="store_true", help="show the fixed programs' runs too")
    ap.add_argument("--localedir", default="", help="the compiled catalogues (build/locale)")
    args = ap.parse_args()
    speak(args.localedir)
    if args.speed is not None and (args.virtual_time or not 0.01 <= args.speed <= 1000):
        print("course compare: " + tr("--speed takes a number from 0.01 to 1000, without "
                                      "--virtual-time"), file=sys.stderr)
        return 2
    if args.speed is None and not args.virtual_time:
        args.speed = 1.0  # real time, as a lesson runs by default
    names = [n for n in args.lesson_names.split(",") if n]
    if args.all:
        lessons = names
    elif len(args.lesson) == 1:
        lessons = args.lesson
        if names and lessons[0] not in names:
            print("course compare: " + tr("no lesson '{lesson}' (see course list)").format(
                lesson=lessons[0]), file=sys.stderr)
            return 2
    else:
        print("course compare: " + tr("name one LESSON, or --all"), file=sys.stderr)
        return 2
    if args.variant and args.all:
        print("course compare: " + tr("--variant goes with one LESSON, not --all"),
              file=sys.stderr)
        return 2
    args.width = min(max(shutil.get_terminal_size((120, 24)).columns, 60), 240)

    results = []
    for lesson in lessons:
        try:
            programs = describe(args, lesson, args.variant)
        except SystemExit as e:
            print(e, file=sys.stderr)
            return 2
        for about in programs:
            c = Comparison(about, args)
            c.compare()
            results.append(c)
            if not args.quiet or c.status in ("DIFFERS", "FAILED"):
                print("\n".join(c.output) + "\n", flush=True)

    if not args.quiet:
        print(tr("! a record one side lacks or prints otherwise   ~ the same record at another "
                 "time")
              + ("" if args.speed is None
                 else " " + tr("(more than {seconds} s apart)").format(
                     seconds=f"{0.1 + 0.05 * args.speed:g}"))
              + "\n")
    bad = [c for c in results if c.status in ("DIFFERS", "FAILED", "no Python")]
    if len(results) > 1:
        print(paint("1", fit(tr("program"), 40) + " " + tr("CPython beside C++")))
        for c in results:
            name = f"{c.lesson}/{c.variant}"
            status = {"agrees": paint("32", tr("agrees")),
                      "erratum": paint("36", tr("differs as its erratum says")),
                      "parts ways": paint("36", tr("asio parts ways, as README says")),
                      "skipped": tr("real time only: course compare LESSON --speed 1"),
                      "DIFFERS": paint("31", tr("DIFFERS")), "FAILED": paint("31", tr("FAILED")),
                      "no Python": paint("31", tr("no Python program"))}[c.status]
            print(f"{fit(name, 40)} {status}")
    counts = {}
    for c in results:
        counts[c.status] = counts.get(c.status, 0) + 1
    names = {"agrees": tr("agrees"), "erratum": tr("erratum"), "parts ways": tr("parts ways"),
             "skipped": tr("skipped"), "DIFFERS": tr("DIFFERS"), "FAILED": tr("FAILED"),
             "no Python": tr("no Python")}
    print(", ".join(f"{n} {names[s]}" for s, n in counts.items()))
    return 1 if bad else 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        print("course compare: " + tr("interrupted"), file=sys.stderr)
        sys.exit(130)
