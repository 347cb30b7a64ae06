#!/usr/bin/env bash
# Measures the figures README.md reports: a clean build of the default preset with and without the
# precompiled header (ccache off), and the test suite's wall time. Run after ./course.sh test gcc.
set -euo pipefail
cd "$(dirname "$0")/.."
export CCACHE_DISABLE=1
elapsed() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f", b - a }'; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for pch in OFF ON; do
  cmake --preset gcc -B "$out/pch-$pch" -DCOURSE_PCH=$pch >/dev/null
  start=$(date +%s.%N)
  cmake --build "$out/pch-$pch" >/dev/null
  echo "clean build, g++ 12, COURSE_PCH=$pch: $(elapsed "$start") s"
done
for label in virtual unit realtime; do
  start=$(date +%s.%N)
  ctest --test-dir "$out/pch-OFF" -L "$label" -j2 >/dev/null
  echo "tests labelled $label: $(elapsed "$start") s"
done
start=$(date +%s.%N)
ctest --test-dir "$out/pch-OFF" -j2 >/dev/null
echo "whole suite (ctest -j2): $(elapsed "$start") s"
echo "machine: $(nproc) cores, $(lsb_release -ds 2>/dev/null || echo Linux), $(date -u +%F)"
