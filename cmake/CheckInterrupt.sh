#!/bin/sh
# CheckInterrupt.sh PROGRAM SECONDS CLEANUP_LINE [ARGS...]
# Starts the lesson in real time, sends it SIGINT after SECONDS, and checks what asyncio.run does
# on Ctrl-C: the tasks are cancelled and their cleanup runs (CLEANUP_LINE is printed after the
# signal), one line says so, and the exit code is 130.
set -u
program=$1 seconds=$2 cleanup=$3
shift 3
out=$(mktemp) err=$(mktemp)
trap 'rm -f "$out" "$err"' EXIT
"$program" "$@" >"$out" 2>"$err" &
pid=$!
sleep "$seconds"
kill -INT "$pid"
wait "$pid"
rc=$?
cat "$out"
failed=0
[ "$rc" -eq 130 ] || { echo "exit code $rc, expected 130" >&2; failed=1; }
[ "$(grep -c 'interrupted (KeyboardInterrupt)' "$err")" -eq 1 ] ||
  { echo "expected one 'interrupted' line on stderr:" >&2; cat "$err" >&2; failed=1; }
grep -q "^$cleanup\$" "$out" || { echo "the cleanup line '$cleanup' was not printed" >&2; failed=1; }
exit $failed
