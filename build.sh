#!/usr/bin/env bash
# build.sh — the one entry point (README.md):
#   ./build.sh          install what is missing, build everything, serve the page
#                       on http://127.0.0.1:8000/
#   ./build.sh build    install what is missing and build (native, sanitizer, wasm, page)
#   ./build.sh test     build, then run every test
# Each step is a function below; they are safe to re-run (idempotent installs,
# incremental builds).
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$PWD
JOBS=${JOBS:-2}
export NODE_PATH=/usr/share/nodejs       # emcc's acorn (../shared/environment.md)
export EMSDK_PYTHON=/usr/bin/python3

log() { printf '\033[1m==> %s\033[0m\n' "$*"; }

# ---- Installing what a fresh Debian machine lacks ------------------------------------------

apt_install() {
  local missing=()
  for pkg in "$@"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "installing ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

install_native_tools() {
  apt_install build-essential cmake python3
}

# ---- Native builds ---------------------------------------------------------------------------

build_native() {
  log "native build (build/)"
  cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build build -j "$JOBS"
}

build_sanitized() {
  log "AddressSanitizer + UBSan build (build-asan/)"
  cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DREFSCOPE_SANITIZE=ON >/dev/null
  cmake --build build-asan -j "$JOBS"
}

# ---- Web (wasm core, page bundle): see web/README.md -----------------------------------------

build_web() {
  if [ -f web/build.sh ]; then
    bash web/build.sh
  fi
}

# ---- Tests -------------------------------------------------------------------------------------

run_tests() {
  log "ctest (native)"
  (cd build && ctest --output-on-failure -j "$JOBS")
  log "conformance snippets (native)"
  python3 tests/run_conformance.py --jobs "$JOBS" --quiet
  if [ -x ../shared/conformance/run.sh ]; then
    log "project sample corpus (../shared/conformance)"
    ../shared/conformance/run.sh ./build/refscope run | tail -1
  fi
  log "conformance snippets under ASan + UBSan"
  ASAN_OPTIONS=detect_leaks=1 python3 tests/run_conformance.py --jobs "$JOBS" --quiet \
    --runner "$ROOT/build-asan/refscope run"
  log "ctest (sanitized)"
  (cd build-asan && ctest --output-on-failure -j "$JOBS")
  if [ -f web/test.sh ]; then
    bash web/test.sh
  fi
  log "all tests passed"
}

serve() {
  local dir=dist
  [ -d "$dir" ] || dir=.
  log "serving $dir on http://127.0.0.1:8000/"
  cd "$dir" && exec python3 -m http.server 8000 --bind 127.0.0.1
}

build_all() {
  install_native_tools
  build_native
  build_sanitized
  build_web
}

case "${1:-serve}" in
  build) build_all ;;
  test) build_all; run_tests ;;
  serve) build_all; serve ;;
  *) echo "usage: ./build.sh [build|test]" >&2; exit 2 ;;
esac
