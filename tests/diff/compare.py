#!/usr/bin/env python3
"""CTest driver for one differential case: CPython (virtual loop) against the C++ translation.

    python3 compare.py --case NAME --cases-dir DIR --cpp PATH/TO/diff_cases [--speed 20]

1. P = `python3 vloop.py DIR/NAME.py`           (the oracle, in virtual time), or the file
   --cpython FILE that `vloop.py --out DIR` made for every case in one run
2. C = `diff_cases NAME --virtual-time`          must equal P line for line
3. with --speed X: R = `diff_cases NAME --speed X` (real time) must hold the same records in
   the same order once the time prefix is dropped (real times depend on the machine's load: they
   are shown, not compared). A difference is run again at half the speed, twice at most: a
   loaded machine that stalls the run longer than the case's margins reorders real time, in
   CPython too. A case that ends `= stalled` is not run in real time: it would hang, as CPython
   does.

A case of README's "Where asio and asyncio part ways" has NAME.asio.txt beside it: the C++
transcript must equal that file and differ from CPython's, and steps 2 and 3 hold the C++ to it.

Exit 0 when everything matches, 1 on any difference or failure, 2 on a usage error.
"""

import argparse
import difflib
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TIMEOUT = 60
TIMED = re.compile(r"^(-?\d+\.\d{3}) (.*)$", re.S)


def run(argv, what):
    env = dict(os.environ)
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONUTF8"] = "1"
    for var in ("PYTHONASYNCIODEBUG", "PYTHONDEVMODE", "PYTHONWARNINGS"):
        env.pop(var, None)
    try:
        p = subprocess.run(argv, stdin=subprocess.DEVNULL, capture_output=True, env=env,
                           timeout=TIMEOUT)
    except subprocess.TimeoutExpired as e:
        out = (e.stdout or b"").decode("utf-8", "replace")
        return None, out, f"{what}: timed out after {TIMEOUT} s: {' '.join(argv)}"
    except OSError as e:
        return None, "", f"{what}: cannot run {argv[0]}: {e}"
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


def lines_of(text):
    return text.splitlines()


def side_by_side(left, right, lname, rname):
    first = next((i for i in range(max(len(left), len(right)))
                  if i >= len(left) or i >= len(right) or left[i] != right[i]), None)
    width = max([len(lname)] + [len(s) for s in left]) + 2
    width = min(width, 70)
    out = [f"     {lname:<{width}} | {rname}"]
    for i in range(max(len(left), len(right))):
        a = left[i] if i < len(left) else "<missing>"
        b = right[i] if i < len(right) else "<missing>"
        mark = ">>" if i == first else ("!=" if a != b else "  ")
        out.append(f"{mark} {i + 1:>2} {a:<{width}} | {b}")
    if first is not None:
        out.append(f"first difference at line {first + 1}")
    return "\n".join(out)


def untimed(line):
    """(time or None, record without its time)."""
    m = TIMED.match(line)
    if m:
        return float(m.group(1)), m.group(2)
    return None, line


def real_time_failure(cpp, name, speed_value, P, any_order):
    """Runs the C++ case in real time; None when its records are P's (times ignored)."""
    speed = f"{speed_value:g}"
    rc, r_out, r_err = run([cpp, name, "--speed", speed], f"diff_cases --speed {speed}")
    if rc is None:
        return r_err
    if rc != 0:
        return f"diff_cases {name} --speed {speed} exited {rc}\n{r_err.rstrip()}"
    p_rec = [r for _, r in (untimed(s) for s in P)]
    r_rec = [r for _, r in (untimed(s) for s in lines_of(r_out))]
    # A case whose point is an order that only virtual time fixes (equal deadlines set at
    # different moments: in real time a slow handler before one of them reorders them, in
    # CPython as here) says so on a line of its own; its records are then compared as a multiset.
    if any_order:
        p_rec, r_rec = sorted(p_rec), sorted(r_rec)
    if p_rec == r_rec:
        return None
    return (f"real-time (--speed {speed}) records differ from CPython's, times ignored:\n"
            + side_by_side(p_rec, r_rec, "CPython 3.11 (virtual)", f"C++ --speed {speed}"))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--case", required=True)
    ap.add_argument("--cases-dir", required=True)
    ap.add_argument("--cpp", required=True, help="path to the diff_cases binary")
    ap.add_argument("--speed", type=float, default=None)
    ap.add_argument("--cpython", default=None,
                    help="the oracle's transcript, already made by `vloop.py --out`")
    args = ap.parse_args()

    case_py = os.path.join(args.cases_dir, args.case + ".py")
    if not os.path.isfile(case_py):
        print(f"compare.py: no such case file: {case_py}", file=sys.stderr)
        return 2
    name = args.case
    failures = []

    # 1. the oracle
    if args.cpython is not None:
        if not os.path.isfile(args.cpython):
            print(f"FAIL {name}: no transcript of the Python oracle at {args.cpython}")
            return 1
        with open(args.cpython, encoding="utf-8") as f:
            P = lines_of(f.read())
    else:
        rc, py_out, py_err = run([sys.executable, os.path.join(HERE, "vloop.py"), case_py],
                                 "python")
        if rc != 0:
            print(f"FAIL {name}: the Python oracle failed (exit {rc})\n{py_err}{py_out}")
            return 1
        P = lines_of(py_out)

    # 2. C++ in virtual time
    rc, c_out, c_err = run([args.cpp, name, "--virtual-time"], "diff_cases --virtual-time")
    if rc == 3 and "no such case" in (c_err + c_out):
        print(f"FAIL {name}: the C++ case is missing: `{args.cpp} {name}` says no such case "
              f"(register a translation of {case_py} in diff_cases)")
        return 1
    if rc is None:
        print(f"FAIL {name}: {c_err}")
        return 1
    C = lines_of(c_out)
    if rc != 0:
        failures.append(f"diff_cases {name} --virtual-time exited {rc}\n{c_err.rstrip()}")
    # A case of README's "Where asio and asyncio part ways" shows an Asio construct that does
    # something else: its C++ transcript is NAME.asio.txt, and must differ from CPython's.
    part_ways = os.path.join(args.cases_dir, name + ".asio.txt")
    if os.path.exists(part_ways):
        with open(part_ways, encoding="utf-8") as f:
            expected = lines_of(f.read())
        if C != expected:
            failures.append("the asio transcript is not " + part_ways + " (expected | C++):\n"
                            + side_by_side(expected, C, "asio (.asio.txt)", "C++ --virtual-time"))
        if C == P:
            failures.append("a part-ways case whose C++ now does what CPython does")
        if not failures:
            print(f"part ways {name} (CPython | asio):\n"
                  + side_by_side(P, C, "CPython 3.11", "asio"))
        P = expected
    elif P != C:
        failures.append("virtual-time transcripts differ (CPython | C++):\n"
                        + side_by_side(P, C, "CPython 3.11 (vloop.py)", "C++ --virtual-time")
                        + "\n" + "\n".join(difflib.unified_diff(
                            P, C, "cpython", "cpp --virtual-time", lineterm="")))
        if c_err.strip():
            failures.append("C++ stderr:\n" + c_err.rstrip())

    # 3. C++ in real time. A case that stalls in virtual time would hang in real time, as CPython
    # does (asyncio has no stall detection): it is not run so.
    stalls = bool(P) and P[-1] == "= stalled"
    any_order = False
    slower = []  # the speeds that were tried first, when the first real-time run differed
    if args.speed is not None and not stalls:
        with open(case_py, encoding="utf-8") as f:
            any_order = "# real time: any order" in f.read().splitlines()
        # A loaded machine that stalls the process for longer than a case's smallest margin
        # (50 ms at --speed 20) reorders real time, in CPython too: a difference is run again at
        # half the speed, twice at most. A real difference stays at every speed.
        speed_now = args.speed
        for attempt in range(3):
            speed_failure = real_time_failure(args.cpp, name, speed_now, P, any_order)
            if speed_failure is None or attempt == 2:
                break
            slower.append(f"{speed_now:g}")
            speed_now /= 2
        if speed_failure is not None:
            tried = ", ".join(slower + [f"{speed_now:g}"])
            failures.append(f"differs at every speed tried ({tried}); the last run:\n"
                            + speed_failure if slower else speed_failure)

    if failures:
        print(f"FAIL {name}")
        for f in failures:
            print(f)
        return 1
    real = "" if args.speed is None or stalls else f", real time at --speed {args.speed:g} " + (
        "as a multiset" if any_order else "in order")
    if slower:
        how = "as a multiset" if any_order else "in order"
        real = (f", real time {how} at --speed {speed_now:g} (at --speed {', '.join(slower)} "
                "the records differed, as when a loaded machine stalls the run)")
    print(f"ok {name}: {len(P)} records{real}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
