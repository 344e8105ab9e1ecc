#!/bin/sh
# check_syntax.sh — compiles the container files with the project's flags
# (-fsyntax-only) until the interpreter links. Works on a copy of core/ so a
# temporary fix for names.h (X(sizeof, ...) uses a C keyword as a member
# name) can be applied without touching the lead's header.
# Usage: tests/containers/check_syntax.sh [file.c ...]
set -e
root=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$root"/core/*.h "$root"/core/*.c "$tmp"/
sed -i 's/X(sizeof, "__sizeof__")/X(sizeof_, "__sizeof__")/' "$tmp/names.h"
files=${*:-"set.c setops.c dictmethods.c dictview.c range.c slice.c iter.c seqproto.c"}
status=0
for f in $files; do
  [ -f "$tmp/$(basename "$f")" ] || continue
  gcc -std=c11 -Wall -Wextra -Werror -fsyntax-only -I"$tmp" "$tmp/$(basename "$f")" || status=1
done
exit $status
