#!/usr/bin/env bash
# tools/flake.sh [RUNS] [PRESET]: runs the real-time checks RUNS times in a row (default 20) while a
# load generator keeps every core busy, and reports each failure. Zero failures is the bar.
# Usage: tools/flake.sh 20 gcc   (after ./course.sh test gcc has built the preset)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-20}
preset=${2:-gcc}
cores=$(nproc)
[ -d "build/$preset" ] || { echo "flake.sh: build/$preset is missing: run ./course.sh test $preset" >&2; exit 2; }

# The load: one busy loop per core, at normal priority, for as long as the runs last.
load=()
for _ in $(seq "$cores"); do
  ( while :; do :; done ) &
  load+=($!)
done
trap 'kill "${load[@]}" 2>/dev/null' EXIT

failures=0
start=$(date +%s)
for i in $(seq "$runs"); do
  if out=$(ctest --preset "$preset" -L realtime --output-on-failure 2>&1); then
    echo "run $i/$runs: pass"
  else
    failures=$((failures + 1))
    echo "run $i/$runs: FAIL"
    echo "$out" | grep -E "Failed|\\*\\*\\*|MISSED" | head -20
  fi
done
tests=$(ctest --preset "$preset" -L realtime -N | sed -n 's/^Total Tests: //p')
echo "flake.sh: $runs runs of the $tests real-time checks ($preset) under $cores busy loops on $cores cores: $failures failed, $(( $(date +%s) - start )) s"
[ "$failures" -eq 0 ]
