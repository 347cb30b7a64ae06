#!/bin/sh
# CheckOddValues.sh LESSON RUNNER
# Values a user can type by mistake are usage errors, each one line on stderr and exit 2: an
# empty value, the next option taken for a value, a 100 KB argument and bytes that are not UTF-8
# (shortened and escaped in the line, never echoed raw).
set -u
lesson=$1 runner=$2
failed=0
err=$(mktemp)
trap 'rm -f "$err"' EXIT
long=$(head -c 100000 /dev/zero | tr '\0' x)
odd=$(printf 'bad\377\376value')
check() {  # check WHAT COMMAND...: exit 2, one line, at most 300 bytes, no raw byte 0xff
  what=$1
  shift
  "$@" >/dev/null 2>"$err"
  rc=$?
  lines=$(wc -l <"$err")
  bytes=$(wc -c <"$err")
  if [ "$rc" -ne 2 ] || [ "$lines" -ne 1 ] || [ "$bytes" -gt 300 ] ||
     LC_ALL=C grep -q "$(printf '\377')" "$err"; then
    echo "$what: exit $rc, $lines lines, $bytes bytes:" >&2
    head -c 400 "$err" >&2
    echo >&2
    failed=1
  else
    echo "$what: $(cat "$err")"
  fi
}
check "--speed ''" "$lesson" --speed ''
check "--mermaid ''" "$lesson" --mermaid ''
check "--mermaid --virtual-time" "$lesson" --mermaid --virtual-time
check "--variant ''" "$lesson" --variant ''
check "--variant LONG" "$lesson" --variant "$long"
check "--variant NOT-UTF-8" "$lesson" --variant "$odd"
check "a stray LONG argument" "$lesson" "$long"
check "a stray NOT-UTF-8 argument" "$lesson" "$odd"
check "runner: run LONG" "$runner" run "$long"
check "runner: run NOT-UTF-8" "$runner" run "$odd"
check "runner: check --speed ''" "$runner" check --speed ''
check "runner: --bogus" "$runner" --bogus
exit $failed
