// browser.mjs — shared helpers of the browser tests and the page bench:
// Debian's Chromium through playwright-core with a fresh profile, and the
// static server for dist/ on 127.0.0.1 (a free port).
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve } from '../../web/build/serve.mjs';
import { spawn } from 'node:child_process';

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
export const DIST = path.resolve(ROOT, process.env.REFSCOPE_DIST || 'dist');
export const ARTIFACTS = path.join(ROOT, 'tests', 'artifacts');

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic',
  '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];

// The static server in a process of its own (the bench: a busy test
// process must not delay the page's files): {url, sent, close()}; [sent]:
// {bytes, path, at (ms since the epoch)} of each response, as the server
// wrote it (serve.mjs).
function serverProcess(encodings) {
  const args = [path.join(ROOT, 'web/build/serve.mjs'), DIST, '0'];
  if (encodings) args.push(encodings.join(','));
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'],
                                                env: { ...process.env, REFSCOPE_SERVE_LOG: '1' } });
  const sent = [];
  let url = null, rest = '';
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (d) => {
      const lines = (rest + d).split('\n');
      rest = lines.pop();
      for (const line of lines) {
        const s = line.match(/^sent (\d+) (.*)$/);
        if (s) sent.push({ bytes: Number(s[1]), path: s[2], at: Date.now() });
        const m = line.match(/http:\/\/127\.0\.0\.1:\d+\//);
        if (m && !url) { url = m[0]; resolve({ url, sent, close: () => child.kill() }); }
      }
    });
    child.on('exit', () => reject(new Error('the server stopped')));
  });
}

// {context, server, url, close()}: a browser with a fresh profile and the
// page served from dist/. [options] go to launchPersistentContext, but for
// [encodings]: what the server may compress with (serve.mjs), and
// [separateServer]: serve from a process of its own.
export async function openBrowser({ encodings, separateServer, ...options } = {}) {
  if (!fs.existsSync(path.join(DIST, 'index.html')))
    throw new Error(`${DIST} has no page: run ./build.sh build first`);
  const server = separateServer ? await serverProcess(encodings)
    : await serve(DIST, 0, '127.0.0.1', encodings);
  const url = server.url || `http://127.0.0.1:${server.address().port}/`;
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'refscope-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true, args: ARGS, viewport: { width: 1400, height: 900 },
    ...options,
  });
  return {
    context, server, url,
    async close() {
      await context.close();
      server.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

// A page that records console errors and page errors into [errors].
export async function newPage(b, errors = []) {
  const page = b.context.pages()[0] || await b.context.newPage();
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  return page;
}

export function artifact(name) {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  return path.join(ARTIFACTS, name);
}
