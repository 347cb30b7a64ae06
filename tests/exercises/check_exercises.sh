#!/bin/sh
# check_exercises.sh SCENARIO COURSE EXERCISES_DIR: the learner's way through the exercises, with
# the build (CTest runs these one at a time: they share the target exercise_learner).
#   build          a solution, checked from its file, is built and passes (exit 0)
#   compile_error  a file with an error: exit 1, one short message naming the learner's file and
#                  line, not the build's copy, and no crash
#   watch          course watch on a copy of the first skeleton: fails, then passes once the
#                  solution is saved over it, then Ctrl-C ends it cleanly (exit 0, "watch ended")
set -u
scenario=$1 course=$2 exercises=$3
work=$(mktemp -d)
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; [ -f "$work/log" ] && cat "$work/log"; exit 1; }
pid=
# Waits up to $2 seconds for the log to hold $1, while the watch ($pid) runs.
wait_for_log() {
  i=0
  while ! grep -q "$1" "$work/log" 2>/dev/null; do
    i=$((i + 1)); [ $i -gt $(($2 * 10)) ] && fail "no '$1' within $2 s"
    if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then
      grep -q "$1" "$work/log" || fail "it ended without '$1'"
    fi
    sleep 0.1
  done
}

case "$scenario" in
build)
  cp "$exercises/solutions/01_sleep.cpp" "$work/mine.cpp"
  "$course" exercise check sleep --file "$work/mine.cpp" > "$work/log" 2>&1
  rc=$?
  [ $rc -eq 0 ] || fail "exit $rc, expected 0"
  grep -q "✓ sleep: agrees with CPython, every line at its time" "$work/log" || fail "no pass line"
  ;;
compile_error)
  sed 's/co_return "hello world";/co_return hello world;/' "$exercises/01_sleep.cpp" > "$work/mine.cpp"
  "$course" exercise check sleep --file "$work/mine.cpp" > "$work/log" 2>&1
  rc=$?
  [ $rc -eq 1 ] || fail "exit $rc, expected 1"
  grep -q "✗ sleep: $work/mine.cpp does not compile" "$work/log" || fail "no headline"
  grep -q "^  $work/mine.cpp:[0-9]*:[0-9]*: " "$work/log" || fail "the error does not name the file"
  grep -q "learner/exercise.cpp" "$work/log" && fail "the build's copy is named"
  [ "$(wc -l < "$work/log")" -le 8 ] || fail "more than 8 lines"
  ;;
watch)
  cp "$exercises/01_sleep.cpp" "$work/mine.cpp"
  "$course" watch sleep --file "$work/mine.cpp" > "$work/log" 2>&1 &
  pid=$!
  wait_for_log "save it to check again" 300
  grep -q "✗ sleep: not yet what CPython does" "$work/log" || fail "the skeleton did not fail"
  sleep 1  # a new modification time, however coarse the file system's clock
  cp "$exercises/solutions/01_sleep.cpp" "$work/mine.cpp"
  wait_for_log "✓ sleep: agrees with CPython, every line at its time" 300
  # With --file, watch ends once the file passes; without, it goes on to the next exercise.
  wait "$pid"
  rc=$?
  [ $rc -eq 0 ] || fail "exit $rc after the pass, expected 0"
  # Ctrl-C while it waits for a save ends it cleanly.
  cp "$exercises/01_sleep.cpp" "$work/mine.cpp"
  : > "$work/log"
  "$course" watch sleep --file "$work/mine.cpp" > "$work/log" 2>&1 &
  pid=$!
  wait_for_log "save it to check again" 300
  kill -INT "$pid"
  wait "$pid"
  rc=$?
  [ $rc -eq 0 ] || fail "exit $rc after Ctrl-C, expected 0"
  grep -q "watch ended" "$work/log" || fail "no 'watch ended'"
  ;;
*) echo "usage: check_exercises.sh build|compile_error|watch COURSE EXERCISES_DIR"; exit 2 ;;
esac
echo "ok $scenario"
cat "$work/log"
