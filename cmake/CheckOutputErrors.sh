#!/bin/sh
# CheckOutputErrors.sh LESSON RUNNER   (LESSON: sleep, whose first program is hello_world)
# Write errors are not ignored: with stdout or stderr on /dev/full, or closed, a lesson and the
# runner exit 1 (as Python does when its output cannot be written), and say why on stderr when
# stderr works; --mermaid into /dev/full is an error, not "wrote".
set -u
lesson=$1 runner=$2
failed=0
err=$(mktemp)
trap 'rm -f "$err"' EXIT
expect() {  # expect WHAT EXIT REGEX: the last command's exit and stderr
  rc=$1 what=$2 want=$3 regex=$4
  if [ "$rc" -ne "$want" ]; then
    echo "$what: exit $rc, expected $want" >&2; cat "$err" >&2; failed=1
  elif [ -n "$regex" ] && ! grep -Eq "$regex" "$err"; then
    echo "$what: stderr does not match '$regex':" >&2; cat "$err" >&2; failed=1
  else
    echo "$what: exit $rc, as expected"
  fi
}
"$lesson" --virtual-time >/dev/full 2>"$err"
expect $? "lesson, stdout on /dev/full" 1 "cannot write to stdout: No space left on device"
"$lesson" --virtual-time >&- 2>"$err"
expect $? "lesson, stdout closed" 1 "cannot write to stdout: Bad file descriptor"
"$lesson" --virtual-time 2>/dev/full >/dev/null
expect $? "lesson, stderr on /dev/full" 1 ""
"$lesson" --virtual-time 2>&- >/dev/null
expect $? "lesson, stderr closed" 1 ""
"$lesson" --virtual-time --variant hello_world --mermaid /dev/full >/dev/null 2>"$err"
expect $? "lesson, --mermaid /dev/full" 1 "mermaid: cannot write '/dev/full'"
"$runner" list >/dev/full 2>"$err"
expect $? "runner, stdout on /dev/full" 1 "cannot write to stdout: No space left on device"
"$runner" list >&- 2>"$err"
expect $? "runner, stdout closed" 1 "cannot write to stdout: Bad file descriptor"
"$runner" check sleep --virtual-time 2>/dev/full >/dev/null
expect $? "runner, stderr on /dev/full" 1 ""
exit $failed
