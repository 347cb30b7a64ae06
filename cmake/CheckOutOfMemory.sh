#!/bin/sh
# CheckOutOfMemory.sh PROGRAM ARGS...
# With the address space limited to 600 MB, a program that needs more ends as Python does on
# MemoryError: one line on stderr ("out of memory"), exit 1; not an abort from std::terminate.
set -u
err=$(mktemp)
trap 'rm -f "$err"' EXIT
(ulimit -v 600000; exec "$@" >/dev/null 2>"$err")
rc=$?
if [ "$rc" -ne 1 ] || ! grep -q "out of memory (MemoryError)" "$err" || grep -q terminate "$err"; then
  echo "exit $rc, expected 1 with 'out of memory (MemoryError)':" >&2
  tail -5 "$err" >&2
  exit 1
fi
tail -1 "$err"
