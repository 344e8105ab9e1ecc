#!/bin/sh
# check_syntax.sh — compiles the str-side core files (-fsyntax-only, -Werror)
# against the core headers. numfmt.h comes from the `numbers` branch when it
# is newer than the worktree's (numfmt_pct_* changed there), so the check
# matches the implementation that will be linked.
set -e
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
cp "$ROOT"/core/*.h "$TMP"/
if git -C "$ROOT" cat-file -e numbers:core/numfmt.h 2>/dev/null &&
   ! grep -q NumfmtPctHooks "$ROOT/core/numfmt.h"; then
  git -C "$ROOT" show numbers:core/numfmt.h > "$TMP/numfmt.h"
fi
# names.h on main names a member `sizeof` (a keyword); rename it in the copy.
sed -i 's/X(sizeof, /X(sizeof_, /' "$TMP/names.h"
FILES=${*:-"format.c formatmarkup.c pctformat.c strmethods.c strcodec.c bytes.c bytesmethods.c"}
for f in $FILES; do
  [ -f "$ROOT/core/$f" ] || continue
  cp "$ROOT/core/$f" "$TMP/$f"
  gcc -std=c11 -Wall -Wextra -Werror -fsyntax-only -I"$TMP" "$TMP/$f"
  echo "ok $f"
done
