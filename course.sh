#!/usr/bin/env bash
# The course's two commands (see README.md):
#   ./course.sh tour                 install what is missing, build, and check every lesson in real
#                                    time with the course runner (build/gcc/course check)
#   ./course.sh test [PRESET ...]    install what is missing, build and run the test suite under
#                                    each preset (default: gcc clang asan tsan; tsan builds and
#                                    runs the lessons that start threads and the differential
#                                    suite)
#   ./course.sh bench [ARGS ...]     install what is missing, build, and run bench/bench.py: the
#                                    lessons beside CPython asyncio (ARGS go to bench.py)
# Both are idempotent: a second run installs nothing and rebuilds only what changed.
set -euo pipefail
cd "$(dirname "$0")"

# python3 runs CPython, the oracle of the differential suite (tests/diff), and the benchmark;
# gettext compiles the Chinese catalogue (po/); clang-format checks the house style.
packages=(cmake ninja-build g++ ccache libboost1.81-dev libboost-test1.81-dev libcli11-dev python3 gettext
          clang-format)

install_missing() {
  local wanted=("${packages[@]}" "$@") missing=()
  for p in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "course.sh: installing ${missing[*]}" >&2
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "course.sh: run as root to install ${missing[*]}" >&2; exit 2; }
    sudo=(sudo)
  fi
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# mermaid's parser, from the npm registry, for the test that reads the lessons' diagrams.
install_mermaid() {
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    install_missing nodejs npm
  fi
  local dir=tools/mermaid
  if [ ! -f "$dir/node_modules/.package-lock.json" ] ||
     [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
    echo "course.sh: installing mermaid's parser into $dir/node_modules" >&2
    npm ci --prefix "$dir" --no-audit --no-fund --loglevel=error
  fi
}

build() {
  cmake --preset "$1" >/dev/null
  cmake --build --preset "$1"
}

case "${1:-}" in
  tour)
    install_missing
    build gcc
    status=0
    build/gcc/course check || status=$?
    echo
    echo "Next: build/gcc/course show sleep (the Python beside the C++), then practise:"
    echo "  build/gcc/course watch   (README.md, Practise)"
    exit $status
    ;;
  bench)
    shift
    install_missing
    build gcc
    exec python3 bench/bench.py "$@"
    ;;
  test)
    shift
    presets=("$@")
    [ ${#presets[@]} -eq 0 ] && presets=(gcc clang asan tsan)
    extra=()
    for p in "${presets[@]}"; do
      case "$p" in
        gcc|asan|tsan) ;;
        clang) extra+=(clang-19) ;;
        *) echo "course.sh: unknown preset '$p' (gcc, clang, asan, tsan)" >&2; exit 2 ;;
      esac
    done
    install_missing "${extra[@]}"
    install_mermaid
    for p in "${presets[@]}"; do
      echo "━━ preset: $p" >&2
      build "$p"
      ctest --preset "$p"
    done
    ;;
  *)
    echo "usage: ./course.sh tour | ./course.sh test [gcc|clang|asan|tsan ...] |" \
         "./course.sh bench [--tasks N,...] [--repeat R]" >&2
    exit 2
    ;;
esac
