#!/usr/bin/env python3
"""What a learner's terminal shows, checked: wrapping, colour, aligned tables, the language.

  check_terminal.py wrap COLUMNS STREAM -- PROGRAM ARGS...
      With COLUMNS set, every line on STREAM (stdout or stderr) fits in COLUMNS display columns
      (CJK characters take two), something was wrapped, and no word was cut: each word is one of
      the unwrapped output's. Lines starting with '──' (a program's heading) are exempt.
  check_terminal.py fit COLUMNS STREAM -- PROGRAM ARGS...
      With COLUMNS set, every line on STREAM fits in COLUMNS display columns (for output whose
      layout, not only its wrapping, follows the width: a timeline).
  check_terminal.py colour -- PROGRAM ARGS...
      On a terminal (a pty) the output has ANSI colours; with NO_COLOR=1, or TERM=dumb, or into a
      pipe, it has none.
  check_terminal.py columns STREAM HEADER_REGEX -- PROGRAM ARGS...
      The table whose header matches HEADER_REGEX is aligned: each header word after the first
      starts at the display column where the rows' fields below it start or end.
Exit 0 when the check holds, 1 with the reason on stderr when it does not.
"""
import os
import pty
import re
import subprocess
import sys
import unicodedata

COLOUR = re.compile(r"\x1b\[[0-9;]*m")
ANY_ESCAPE = re.compile(r"\x1b\[")
# Words as a wrap may not cut them: a run of other characters, or one wide (CJK) character,
# between which a line may break.
WORDS = re.compile(r"[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[^\s\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]+")


def width(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def run(argv, env_changes, stream):
    env = dict(os.environ)
    for k, v in env_changes.items():
        if v is None:
            env.pop(k, None)
        else:
            env[k] = v
    p = subprocess.run(argv, env=env, capture_output=True, timeout=120)
    out = p.stdout if stream == "stdout" else p.stderr
    return out.decode("utf-8", "replace")


def fail(message):
    print("check_terminal: " + message, file=sys.stderr)
    sys.exit(1)


def check_fit(columns, stream, argv):
    wrapped = run(argv, {"COLUMNS": str(columns)}, stream)
    for line in wrapped.splitlines():
        if line.startswith("\u2500\u2500"):
            continue
        if width(line) > columns:
            fail(f"a line of {width(line)} columns at COLUMNS={columns}: {line!r}")
    return wrapped


def check_wrap(columns, stream, argv):
    wrapped = check_fit(columns, stream, argv)
    whole = run(argv, {"COLUMNS": None}, stream)
    # A word longer than a line may break after its punctuation, as wrap() does it.
    parts = set()
    for w in WORDS.findall(whole):
        parts.add(w)
        parts.update(p for p in re.findall(r"[^.(,:/]*[.(,:/]|[^.(,:/]+$", w) if p)
    cut = [w for w in WORDS.findall(wrapped) if w not in parts and
           not all(p in parts for p in re.findall(r"[^.(,:/]*[.(,:/]|[^.(,:/]+$", w) if p)]
    if cut:
        fail(f"words cut at COLUMNS={columns}: {cut[:5]}")
    if wrapped == whole:
        fail(f"nothing was wrapped at COLUMNS={columns}: the check proves nothing")


def run_on_pty(argv, env_changes):
    env = dict(os.environ)
    env.pop("COLUMNS", None)
    env.update({k: v for k, v in env_changes.items() if v is not None})
    for k, v in env_changes.items():
        if v is None:
            env.pop(k, None)
    pid, fd = pty.fork()
    if pid == 0:
        os.execvpe(argv[0], argv, env)
    chunks = []
    while True:
        try:
            data = os.read(fd, 4096)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    os.waitpid(pid, 0)
    return b"".join(chunks).decode("utf-8", "replace")


def check_colour(argv):
    base = {"NO_COLOR": None, "TERM": "xterm"}
    if not COLOUR.search(run_on_pty(argv, base)):
        fail("no colour on a terminal")
    if COLOUR.search(run_on_pty(argv, dict(base, NO_COLOR="1"))):
        fail("colour with NO_COLOR=1")
    if ANY_ESCAPE.search(run_on_pty(argv, dict(base, TERM="dumb"))):
        fail("an escape sequence (colour, or a progress line rewritten) with TERM=dumb")
    piped = run(argv, {"NO_COLOR": None}, "stdout") + run(argv, {"NO_COLOR": None}, "stderr")
    if COLOUR.search(piped):
        fail("colour into a pipe")


def starts(line):
    """The display columns where each field (a run of non-spaces, or words one space apart) starts."""
    out, col, i = [], 0, 0
    fields = re.finditer(r"\S+(?: \S+)*", line)
    for m in fields:
        out.append((width(line[:m.start()]), width(line[:m.end()]), m.group()))
    return out


def check_columns(stream, header_regex, argv):
    text = run(argv, {"COLUMNS": None}, stream)
    lines = text.splitlines()
    header = next((k for k, l in enumerate(lines) if re.search(header_regex, l)), None)
    if header is None:
        fail(f"no table header matching {header_regex!r} in:\n{text}")
    head = starts(lines[header])
    rows = []
    for line in lines[header + 1:]:
        if not line.strip() or line.startswith(("  (#", "\u2500")):
            break
        rows.append(line)
    if not rows:
        fail("the table has no rows")
    for row in rows:
        fields = starts(row)
        for start, end, word in head[1:]:
            # A column is aligned when some field of the row starts where its header word starts
            # (left-aligned) or ends where it ends (right-aligned).
            overlapping = [f for f in fields if f[0] < end and f[1] > start]
            if overlapping and not any(f[0] == start or f[1] == end for f in overlapping):
                fail(f"column {word!r} (columns {start}-{end}) is not aligned in row {row!r}")


def main():
    args = sys.argv[1:]
    if "--" not in args or not args:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    split = args.index("--")
    what, options, argv = args[0], args[1:split], args[split + 1:]
    if what == "wrap":
        check_wrap(int(options[0]), options[1], argv)
    elif what == "fit":
        check_fit(int(options[0]), options[1], argv)
    elif what == "colour":
        check_colour(argv)
    elif what == "columns":
        check_columns(options[0], options[1], argv)
    else:
        print(__doc__, file=sys.stderr)
        sys.exit(2)


if __name__ == "__main__":
    main()
