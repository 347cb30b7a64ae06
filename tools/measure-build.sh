#!/usr/bin/env bash
# Measures the build and test figures README.md reports: a clean build of the default preset
# (cmake --build --preset gcc, as ./course.sh builds it) with ccache off, then the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
export CCACHE_DISABLE=1
elapsed() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }'; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cmake --preset gcc -B "$out/gcc" >/dev/null
start=$(date +%s.%N)
cmake --build "$out/gcc" >/dev/null
echo "clean build, g++ 12, preset gcc: $(elapsed "$start") s"
for label in virtual unit realtime; do
  start=$(date +%s.%N)
  ctest --test-dir "$out/gcc" -L "$label" -j2 >/dev/null
  echo "tests labelled $label: $(elapsed "$start") s"
done
start=$(date +%s.%N)
ctest --test-dir "$out/gcc" -j2 >/dev/null
echo "whole suite (ctest -j2): $(elapsed "$start") s"
echo "machine: $(nproc) cores, $(lsb_release -ds 2>/dev/null || echo Linux), $(date -u +%F)"
