// share-site.mjs — helpers of the share/embed/export/offline tests (issue 6):
// one loopback server that serves dist/ under a sub-path (/sub/refscope/) and
// the sample host pages of tests/web/fixtures/ (/blog/), so a host page on
// http://localhost:P can embed the player from http://127.0.0.1:P (another
// origin); the browser comes from browser.mjs.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { DIST, ROOT } from './browser.mjs';

const FIXTURES = path.join(ROOT, 'tests', 'web', 'fixtures');
export const SUB = '/sub/refscope/';
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm' };

// Host pages may say {{REFSCOPE}}: the player's folder on 127.0.0.1.
// [swTail] is appended to sw.js: a changed service worker, as a new build
// would bring.
function send(res, file, app, swTail = '') {
  if (!file || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
    res.writeHead(404).end('not found');
    return;
  }
  let body = fs.readFileSync(file);
  if (file.startsWith(FIXTURES)) body = body.toString().replaceAll('{{REFSCOPE}}', app);
  if (swTail && path.basename(file) === 'sw.js') body = `${body}\n${swTail}\n`;
  res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream',
                       'Cache-Control': 'no-cache' });
  res.end(body);
}

function inside(root, rel) {
  const file = path.join(root, decodeURIComponent(rel) || 'index.html');
  return file.startsWith(root) ? file : null;
}

// {server, app: 'http://127.0.0.1:P/sub/refscope/', blog: 'http://localhost:P/blog/',
//  touchServiceWorker(), close()}
export async function serveSite() {
  let app = '';
  let swTail = '';
  const server = http.createServer((req, res) => {
    const { pathname } = new URL(req.url, 'http://x');
    if (pathname.startsWith(SUB)) send(res, inside(DIST, pathname.slice(SUB.length)), app, swTail);
    else if (pathname.startsWith('/blog/')) send(res, inside(FIXTURES, pathname.slice(6)), app);
    else res.writeHead(404).end('not found');
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const port = server.address().port;
  app = `http://127.0.0.1:${port}${SUB}`;
  return { server, app, blog: `http://localhost:${port}/blog/`, close: () => server.close(),
           touchServiceWorker: () => { swTail = `// changed ${Date.now()}`; } };
}

// Waits until the page (or frame) [target] shows a finished run, newer than
// [after]; [root]: '.app' on the page, '.embed' in the player.
export async function waitForPlayer(target, after = 0, root = '.app') {
  await target.waitForFunction(([sel, a]) => {
    const el = document.querySelector(sel);
    return el && Number(el.dataset.run) > a && el.dataset.running === '0';
  }, [root, after], { timeout: 30000 });
}

// A download started by [click] on [page]: {name, bytes}.
export async function downloadOf(page, click) {
  const [dl] = await Promise.all([page.waitForEvent('download'), click()]);
  const file = await dl.path();
  return { name: dl.suggestedFilename(), bytes: fs.readFileSync(file) };
}

// Python snippets from the conformance corpus that python3 runs cleanly,
// joined until they reach [size] bytes: a realistic long snippet.
export function longSnippet(size = 10 * 1024) {
  const dir = path.join(ROOT, 'tests', 'conformance');
  let code = '';
  for (const topic of ['aliasing', 'dicts', 'functions', 'closures', 'comprehensions', 'classes']) {
    const t = path.join(dir, topic);
    if (!fs.existsSync(t)) continue;
    for (const f of fs.readdirSync(t).filter((n) => n.endsWith('.py')).sort()) {
      const stem = path.join(t, f.replace(/\.py$/, ''));
      if (fs.existsSync(`${stem}.stderr`) || fs.existsSync(`${stem}.exit`)) continue;
      code += `# ${topic}/${f}\n${fs.readFileSync(path.join(t, f), 'utf8')}\n`;
      if (code.length >= size) return code;
    }
  }
  return code;
}
