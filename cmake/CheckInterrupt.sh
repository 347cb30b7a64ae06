#!/bin/sh
# CheckInterrupt.sh PROGRAM SECONDS CLEANUP_LINE [ARGS...]
# Starts PROGRAM (a lesson, or the runner) in real time, sends it SIGINT after SECONDS, and checks
# what Python does on Ctrl-C: one line on stderr says so (LINE, default "interrupted
# (KeyboardInterrupt)"), and the exit code is 130. CLEANUP_LINE, unless "-", must be printed on
# stdout after the signal: the tasks were cancelled and their cleanup ran.
# Environment: SECOND_AFTER=S sends a second SIGINT S seconds after the first (then the line may
# be either one's); WITHIN=S fails when the exit comes more than S seconds after the signal;
# EXPECT_OUT=REGEX must match a line of stdout (grep -E).
set -u
program=$1 seconds=$2 cleanup=$3
shift 3
line=${LINE:-interrupted (KeyboardInterrupt)}
out=$(mktemp) err=$(mktemp)
trap 'rm -f "$out" "$err"' EXIT
"$program" "$@" >"$out" 2>"$err" &
pid=$!
sleep "$seconds"
kill -INT "$pid"
signalled=$(date +%s.%N)
if [ -n "${SECOND_AFTER:-}" ]; then
  sleep "$SECOND_AFTER"
  kill -INT "$pid" 2>/dev/null
fi
wait "$pid"
rc=$?
took=$(awk "BEGIN { print $(date +%s.%N) - $signalled }")
cat "$out"
failed=0
[ "$rc" -eq 130 ] || { echo "exit code $rc, expected 130" >&2; failed=1; }
lines=$(grep -c "interrupted" "$err")
if [ -n "${SECOND_AFTER:-}" ]; then
  [ "$lines" -ge 1 ] || { echo "no 'interrupted' line on stderr:" >&2; cat "$err" >&2; failed=1; }
else
  [ "$(grep -c -F "$line" "$err")" -eq 1 ] && ! grep -q "interrupted again" "$err" ||
    { echo "expected one '$line' line on stderr:" >&2; cat "$err" >&2; failed=1; }
fi
if [ "$cleanup" != "-" ]; then
  grep -q "^$cleanup\$" "$out" || { echo "the cleanup line '$cleanup' was not printed" >&2; failed=1; }
fi
if [ -n "${EXPECT_OUT:-}" ]; then
  grep -Eq "$EXPECT_OUT" "$out" || { echo "stdout has no line matching '$EXPECT_OUT'" >&2; failed=1; }
fi
if [ -n "${WITHIN:-}" ] && awk "BEGIN { exit !($took > $WITHIN) }"; then
  echo "the exit came $took s after the signal, more than $WITHIN s" >&2
  failed=1
fi
exit $failed
