// node-extern-pre.js — lets the ES-module glue of Emscripten 3.1.6 run under
// Node (tests): defines require/__dirname from import.meta.url. The module
// specifier is computed so that browser bundlers leave it alone.
var require, __dirname;
if (typeof process === 'object' && process.versions && process.versions.node) {
  const { createRequire } = await import(['node', 'module'].join(':'));
  require = createRequire(import.meta.url);
  __dirname = require('path').dirname(new URL(import.meta.url).pathname);
}
