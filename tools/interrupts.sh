#!/usr/bin/env bash
# tools/interrupts.sh [TRIALS] [PRESET]: Ctrl-C at random moments. Each trial starts a random
# lesson (every program, real time at --speed 2), or the runner checking one, sends it SIGINT
# after a random 0.05 to 2 s, and reports a trial whose exit code is neither 130 nor the lesson's
# own (it finished before the signal), or that ended without its "interrupted" line.
# Usage: tools/interrupts.sh 50 gcc   (after ./course.sh test gcc has built the preset)
set -uo pipefail
cd "$(dirname "$0")/.."
trials=${1:-50}
preset=${2:-gcc}
bin=build/$preset
[ -x "$bin/course" ] || { echo "interrupts.sh: $bin/course is missing: run ./course.sh test $preset" >&2; exit 2; }
mapfile -t lessons < <(LANGUAGE=en "$bin/course" list --json | python3 -c \
  'import json, sys; print("\n".join(sorted({r["lesson"] for r in json.load(sys.stdin) if not r["real_time_only"]})))')
bad=0
err=$(mktemp)
trap 'rm -f "$err"' EXIT
for i in $(seq "$trials"); do
  lesson=${lessons[RANDOM % ${#lessons[@]}]}
  delay=$(awk -v r=$RANDOM 'BEGIN { printf "%.2f", 0.05 + 1.95 * r / 32767 }')
  if (( RANDOM % 4 == 0 )); then
    what=("$bin/course" check "$lesson" --speed 2)
  else
    what=("$bin/lessons/$lesson" --speed 2)
  fi
  "${what[@]}" >/dev/null 2>"$err" &
  pid=$!
  sleep "$delay"
  kill -INT "$pid" 2>/dev/null
  signalled=$?
  wait "$pid"
  rc=$?
  # A lesson that ended just before the signal (kill reaches it as a zombie) says its summary.
  if [ "$signalled" -ne 0 ] || { [ "$rc" -ne 130 ] && grep -Eq "claims met|lessons, [0-9]+ failed" "$err"; }; then
    verdict="finished first (exit $rc)"
  elif [ "$rc" -eq 130 ] && grep -q "interrupted" "$err"; then
    verdict="ok"
  else
    verdict="BAD: exit $rc, $(grep -c interrupted "$err") 'interrupted' lines"
    bad=$((bad + 1))
  fi
  echo "trial $i: ${what[*]##*/} SIGINT at $delay s: $verdict"
done
echo "$trials trials, $bad bad"
[ "$bad" -eq 0 ]
