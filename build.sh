#!/usr/bin/env bash
# build.sh — builds Refscope and serves or tests it.
#   ./build.sh          build everything, then serve the page on http://127.0.0.1:8000/
#   ./build.sh build    build everything (native CLI, wasm module, the page in dist/)
#   ./build.sh test     build, then run every test (C, conformance, browser)
#   ./build.sh serve    serve dist/ as it is
# Installs what is missing (Debian packages, npm ci from the lock file).
# Each step is a function below; web/README.md explains the page's steps.
set -euo pipefail
cd "$(dirname "$0")"

export NODE_PATH=/usr/share/nodejs   # emcc's own JS tools (acorn) live there
export EMSDK_PYTHON=/usr/bin/python3
JOBS=${JOBS:-2}
PORT=${PORT:-8000}

log() { printf '\n== %s\n' "$*"; }

# ---- Tools ---------------------------------------------------------------------

apt_install() {
  local missing=()
  for pkg in "$@"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "installing ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
}

ensure_tools() {
  local pkgs=(cmake gcc)
  command -v emcc >/dev/null || pkgs+=(emscripten)
  command -v chromium >/dev/null || pkgs+=(chromium)
  apt_install "${pkgs[@]}"
}

# ---- Native core and its tests -------------------------------------------------

native_build() {
  log "native build (build/)"
  cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build build -j"$JOBS"
}

native_test() {
  log "native tests"
  if [ -f build/CTestTestfile.cmake ]; then
    ctest --test-dir build --output-on-failure -j"$JOBS"
  fi
}

# ---- The page: npm packages, the wasm module, the bundle -----------------------

web_deps() {
  # npm ci only when the lock file changed since the last install.
  if [ ! -f node_modules/.package-lock.json ] ||
     [ package-lock.json -nt node_modules/.package-lock.json ]; then
    log "npm ci"
    npm ci --no-audit --no-fund
  fi
}

wasm_build() {
  log "wasm build (build-wasm/)"
  # -Oz: the module is most of what the page downloads. REFSCOPE_WERROR=OFF:
  # core/set.c has a 64-bit-only shift warning under wasm32 (reported).
  emcmake cmake -S . -B build-wasm -DCMAKE_BUILD_TYPE=MinSizeRel \
    -DCMAKE_C_FLAGS_MINSIZEREL="-Oz -DNDEBUG" -DREFSCOPE_WERROR=OFF \
    -DCMAKE_CROSSCOMPILING_EMULATOR="$(command -v node)" >/dev/null
  cmake --build build-wasm -j"$JOBS" --target refscope_wasm
}

web_bundle() {
  log "page bundle (dist/)"
  REFSCOPE_WASM_DIR=build-wasm node web/build/bundle.mjs
}

web_test() {
  log "browser tests"
  node --test --test-concurrency=1 tests/web/*.test.mjs
}

web_serve() {
  log "serving dist/ on http://127.0.0.1:$PORT/"
  exec node web/build/serve.mjs dist "$PORT"
}

# ---- Commands ------------------------------------------------------------------

build_all() {
  ensure_tools
  native_build
  web_deps
  wasm_build
  web_bundle
}

case "${1:-serve-after-build}" in
  serve-after-build) build_all; web_serve ;;
  build) build_all ;;
  test) build_all; native_test; web_test ;;
  serve) web_serve ;;
  *) echo "usage: $0 [build|test|serve]" >&2; exit 2 ;;
esac
