// run.mjs — bench/stack_depth: how deep the page's wasm module can nest in
// Chromium's worker before the browser's stack overflows (core/LIMITS.md,
// "Nesting in the page"). Serves build-wasm/'s module with worker.mjs to
// headless Debian Chromium and prints the binary searches.
// Usage: node bench/stack_depth/run.mjs (after ./build.sh build).
import { chromium } from 'playwright-core';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

const HERE = path.dirname(new URL(import.meta.url).pathname);
const WASM_DIR = path.resolve(HERE, '../../build-wasm');
const FILES = {
  '/index.html': [path.join(HERE, 'index.html'), 'text/html'],
  '/worker.mjs': [path.join(HERE, 'worker.mjs'), 'text/javascript'],
  '/refscope.mjs': [path.join(WASM_DIR, 'refscope.mjs'), 'text/javascript'],
  '/refscope.wasm': [path.join(WASM_DIR, 'refscope.wasm'), 'application/wasm'],
};
const server = http.createServer((req, res) => {
  const f = FILES[req.url.split('?')[0]];
  if (!f) { res.writeHead(404); res.end(); return; }
  res.writeHead(200, { 'content-type': f[1] });
  res.end(fs.readFileSync(f[0]));
}).listen(0, '127.0.0.1');
await new Promise((r) => server.on('listening', r));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', ...(process.env.JS_FLAGS ? [`--js-flags=${process.env.JS_FLAGS}`] : [])],
});
const page = await browser.newPage();
await page.goto(`http://127.0.0.1:${server.address().port}/index.html`);
await page.waitForFunction(() => window.__done, null, { timeout: 300000 });
console.log(`Chromium ${browser.version()}, build-wasm/refscope.wasm`);
console.log(await page.evaluate(() => window.__done));
await browser.close();
server.close();
