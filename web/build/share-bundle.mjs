// share-bundle.mjs — the share/embed/offline part of the static folder
// (issue 6, web/share/README.md), called by bundle.mjs once the page is in
// [out]: the embed page (embed.html + embed-app.js/.css), the blog loader
// embed.js (one classic script), boot.js, and sw.js with the build's file list.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';

export async function bundleShare(esbuild, common, out, root) {
  await esbuild.build({ ...common, entryPoints: { 'embed-app': 'web/embed/main.jsx' },
                        outdir: out, absWorkingDir: root });
  await esbuild.build({ ...common, format: 'iife', entryPoints: { embed: 'web/embed/loader.js' },
                        outdir: out, absWorkingDir: root });
  for (const [from, to] of [['web/embed/embed.html', 'embed.html'], ['web/boot.js', 'boot.js']])
    fs.copyFileSync(path.join(root, from), path.join(out, to));
  writeServiceWorker(out, root);
}

// sw.js: `const BUILD = {version, files}` + web/sw.js. The version hashes
// every file, so a new build installs a new cache.
function writeServiceWorker(out, root) {
  const files = fs.readdirSync(out).filter((n) => !n.endsWith('.gz') && n !== 'sw.js').sort();
  const hash = crypto.createHash('sha256');
  for (const f of files) hash.update(f).update(fs.readFileSync(path.join(out, f)));
  const build = { version: hash.digest('hex').slice(0, 12), files };
  const body = fs.readFileSync(path.join(root, 'web/sw.js'), 'utf8');
  fs.writeFileSync(path.join(out, 'sw.js'), `const BUILD = ${JSON.stringify(build)};\n${body}`);
}
