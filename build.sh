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

install_web_tools() {
  local pkgs=()
  command -v emcc >/dev/null || pkgs+=(emscripten)
  command -v chromium >/dev/null || pkgs+=(chromium)
  command -v zopfli >/dev/null || pkgs+=(zopfli)   # smaller .gz files (web/build/bundle.mjs)
  command -v node >/dev/null || { echo "build.sh: Node 20 (with npm) is needed" >&2; exit 1; }
  [ ${#pkgs[@]} -eq 0 ] || apt_install "${pkgs[@]}"
}

web_ready() {
  # The page needs the trace decoder and replay (web/trace, branch `trace`).
  [ -f web/trace/replay.js ] && return 0
  log "web/trace/replay.js is missing: the page and its tests are skipped"
  return 1
}

build_web() {
  web_ready || return 0
  install_web_tools
  JOBS=$JOBS web/build.sh      # npm ci, wasm core, page bundle
}

test_web() {
  web_ready || return 0
  web/test.sh                  # tests/web: Node, then Chromium
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
  log "fuzzing: each libFuzzer target for 60 s (fuzz/README.md)"
  apt_install clang libclang-rt-14-dev
  fuzz/ci.sh 60
  test_web
  log "all tests passed"
}

serve() {
  # web/build/serve.mjs: .wasm as application/wasm, and the prebuilt .gz files.
  log "serving dist/ on http://127.0.0.1:8000/"
  exec node web/build/serve.mjs dist 8000
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
