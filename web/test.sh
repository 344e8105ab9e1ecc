#!/usr/bin/env bash
# web/test.sh — the page's tests (web/README.md, "Tests"): the view under
# Node, then the browser tests in Debian's Chromium, one file at a time.
# Called by ./build.sh test after web/build.sh; about 2-3 minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
printf '\033[1m==> %s\033[0m\n' "page tests (tests/web, Node + Chromium)"
node --test --test-concurrency=1 tests/web/*.test.mjs
