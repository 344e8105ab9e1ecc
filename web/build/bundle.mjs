// bundle.mjs — builds the static page into dist/ (or $REFSCOPE_DIST): the
// app and the worker bundled by esbuild, the wasm module copied from the
// wasm build folder ($REFSCOPE_WASM_DIR, default build-wasm), index.html
// from the repo root, and a .gz and a .br beside every file for the server
// (static hosts serve them as they are; web/build/serve.mjs does too).
// Usage: node web/build/bundle.mjs [--dev]. See web/README.md.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { bundleShare } from './share-bundle.mjs';   // embed, embed.js, sw.js (issue 6)
import { writeFirstRun } from './first-run.mjs';

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

const BROTLI = { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
                            [zlib.constants.BROTLI_PARAM_LGWIN]: 24 } };

// zopfli (Debian package) writes gzip files about 5 % smaller than zlib's
// level 9, readable by every gzip decoder; zlib is the fallback.
function hasZopfli() {
  try { execFileSync('zopfli', ['-h'], { stdio: 'ignore' }); return true; } catch { return false; }
}

function gzip(file, data, zopfli) {
  if (zopfli) {
    fs.writeFileSync(file + '.gz', execFileSync('zopfli', ['-c', '--i15', file],
                                                { maxBuffer: 64 << 20 }));
  } else {
    fs.writeFileSync(file + '.gz', zlib.gzipSync(data, { level: 9 }));
  }
}

function compressAll(dir) {
  const zopfli = !dev && hasZopfli();
  for (const name of fs.readdirSync(dir)) {
    const file = path.join(dir, name);
    if (name.endsWith('.gz') || name.endsWith('.br')) continue;
    const data = fs.readFileSync(file);
    gzip(file, data, zopfli);
    fs.writeFileSync(file + '.br', zlib.brotliCompressSync(data, BROTLI));
  }
  return zopfli ? 'zopfli' : 'zlib -9';
}

// "name 1.2K, ...; total N KB" for the files of [dir] ending in [ext].
function sizes(dir, ext) {
  const all = fs.readdirSync(dir).filter((n) => n.endsWith(ext))
    .map((n) => [n, fs.statSync(path.join(dir, n)).size]);
  const total = all.reduce((a, [, s]) => a + s, 0);
  return `${all.map(([n, s]) => `${n} ${(s / 1024).toFixed(1)}K`).join(', ')}; ` +
    `total ${(total / 1024).toFixed(1)} KB`;
}

// index.html with a modulepreload hint for each chunk app.js imports
// statically (they load with it, not one round trip later).
function writeIndex(metafile) {
  const entry = Object.entries(metafile.outputs).find(([f]) => f.endsWith('/app.js'))[1];
  const chunks = entry.imports.filter((i) => i.kind === 'import-statement')
    .map((i) => `  <link rel="modulepreload" href="./${path.basename(i.path)}">\n`).join('');
  const html = fs.readFileSync(path.join(root, 'index.html'), 'utf8')
    .replace(/( *<link rel="modulepreload" href="\.\/app\.js">\n)/, `$1${chunks}`);
  if (chunks && !html.includes(chunks)) throw new Error('index.html: no app.js modulepreload to follow');
  fs.writeFileSync(path.join(out, 'index.html'), html);
}

async function main() {
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  // Split: what the page loads later (the CodeMirror editor, once the
  // first example is drawn; the export code, on use) is in chunks of its
  // own, apart from the first download.
  const app = await esbuild.build({ ...common, entryPoints: { app: 'web/main.jsx' },
                                    splitting: true, chunkNames: 'chunk-[hash]',
                                    metafile: true, outdir: out, absWorkingDir: root });
  await esbuild.build({ ...common,
                        entryPoints: { worker: 'web/worker/runtime.worker.js' },
                        outdir: out, absWorkingDir: root });
  fs.copyFileSync(path.join(wasmDir, 'refscope.wasm'),
                  path.join(out, 'refscope.wasm'));
  writeIndex(app.metafile);
  const first = fs.readFileSync(path.join(root, 'web/examples/1-names.py'), 'utf8');
  await writeFirstRun(wasmDir, first, out);
  await bundleShare(esbuild, common, out, root);
  const gz = compressAll(out);
  console.log(`dist (gzip, ${gz}): ${sizes(out, '.gz')}`);
  console.log(`dist (brotli): ${sizes(out, '.br')}`);
}

main().catch((e) => { console.error(e.message); process.exit(1); });
