// bundle.mjs — builds the static page into dist/ (or $REFSCOPE_DIST): the
// app and the worker bundled by esbuild, the wasm module copied from the
// wasm build folder ($REFSCOPE_WASM_DIR, default build-wasm), index.html
// from the repo root, and a .gz beside every file for the server.
// Usage: node web/build/bundle.mjs [--dev]. See web/README.md.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const out = path.resolve(root, process.env.REFSCOPE_DIST || 'dist');
const wasmDir = path.resolve(root, process.env.REFSCOPE_WASM_DIR || 'build-wasm');
const dev = process.argv.includes('--dev');

// `import createRefscope from 'refscope-wasm'` -> the Emscripten glue.
const wasmAlias = {
  name: 'refscope-wasm',
  setup(build) {
    build.onResolve({ filter: /^refscope-wasm$/ }, () => ({
      path: path.join(wasmDir, 'refscope.mjs') }));
  },
};

const common = {
  bundle: true, format: 'esm', target: 'es2022', minify: !dev,
  sourcemap: dev ? 'inline' : false, logLevel: 'warning', legalComments: 'none',
  jsx: 'automatic', jsxImportSource: 'preact', loader: { '.py': 'text' },
  define: { 'process.env.NODE_ENV': dev ? '"development"' : '"production"' },
  plugins: [wasmAlias],
};

function gzipAll(dir) {
  for (const name of fs.readdirSync(dir)) {
    const file = path.join(dir, name);
    if (name.endsWith('.gz')) continue;
    const gz = zlib.gzipSync(fs.readFileSync(file), { level: 9 });
    fs.writeFileSync(file + '.gz', gz);
  }
}

async function main() {
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  await esbuild.build({ ...common, entryPoints: { app: 'web/main.jsx' },
                        outdir: out, absWorkingDir: root });
  await esbuild.build({ ...common,
                        entryPoints: { worker: 'web/worker/runtime.worker.js' },
                        outdir: out, absWorkingDir: root });
  fs.copyFileSync(path.join(wasmDir, 'refscope.wasm'),
                  path.join(out, 'refscope.wasm'));
  fs.copyFileSync(path.join(root, 'index.html'), path.join(out, 'index.html'));
  gzipAll(out);
  const sizes = fs.readdirSync(out).filter((n) => n.endsWith('.gz'))
    .map((n) => [n, fs.statSync(path.join(out, n)).size]);
  const total = sizes.reduce((a, [, s]) => a + s, 0);
  console.log(`dist: ${sizes.map(([n, s]) => `${n} ${(s / 1024).toFixed(1)}K`)
    .join(', ')}; total ${(total / 1024).toFixed(1)} KB gzip`);
}

main().catch((e) => { console.error(e.message); process.exit(1); });
