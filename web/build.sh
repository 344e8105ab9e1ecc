#!/usr/bin/env bash
# web/build.sh — builds the page into dist/ (web/README.md): npm ci when the
# lock file changed, the wasm core (build-wasm/), then the esbuild bundle.
# Called by ./build.sh build; needs emcc, node/npm (./build.sh installs them).
set -euo pipefail
cd "$(dirname "$0")/.."
JOBS=${JOBS:-2}
export NODE_PATH=/usr/share/nodejs       # emcc's acorn (../shared/environment.md)
export EMSDK_PYTHON=/usr/bin/python3

log() { printf '\033[1m==> %s\033[0m\n' "$*"; }

web_deps() {
  if [ ! -f node_modules/.package-lock.json ] ||
     [ package-lock.json -nt node_modules/.package-lock.json ]; then
    log "npm ci"
    npm ci --no-audit --no-fund
  fi
}

build_wasm() {
  log "wasm build (build-wasm/)"
  # -Oz and LTO: the module is most of what the page downloads.
  # REFSCOPE_WERROR=OFF: core/set.c has a shift that only warns on wasm32.
  emcmake cmake -S . -B build-wasm -DCMAKE_BUILD_TYPE=MinSizeRel \
    -DCMAKE_C_FLAGS_MINSIZEREL="-Oz -flto -DNDEBUG" -DREFSCOPE_WERROR=OFF \
    -DCMAKE_CROSSCOMPILING_EMULATOR="$(command -v node)" >/dev/null
  cmake --build build-wasm -j "$JOBS" --target refscope_wasm
  # emcc's wasm-opt runs -Oz once; repeating it until nothing changes takes
  # about a minute and saves about 1 % more. Once per new module.
  if [ build-wasm/refscope.wasm -nt build-wasm/refscope.converged ]; then
    log "wasm-opt -Oz --converge"
    wasm-opt -Oz --converge build-wasm/refscope.wasm -o build-wasm/refscope.wasm
    touch build-wasm/refscope.converged
  fi
}

bundle_page() {
  log "page bundle (dist/)"
  REFSCOPE_WASM_DIR=build-wasm node web/build/bundle.mjs
}

web_deps
build_wasm
bundle_page
