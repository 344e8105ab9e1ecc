// node-pre.js — under Node, hands the .wasm file to the module as bytes:
// Node's global fetch cannot load file paths (Emscripten 3.1.6).
if (typeof process === 'object' && process.versions && process.versions.node &&
    !Module['wasmBinary']) {
  Module['wasmBinary'] = require('fs').readFileSync(
    require('path').join(__dirname, 'refscope.wasm'));
}
