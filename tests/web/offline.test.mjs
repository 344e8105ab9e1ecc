// offline.test.mjs — the static folder offline (issue 6): after a first visit
// under a sub-path the service worker controls the page and has cached every
// file of the build; with the network off, a reload still draws the example
// (the worker and its wasm come from the cache), and so does the embed page.
// A new build waits until the learner presses Update, then takes over.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { openBrowser, newPage, artifact, DIST } from './browser.mjs';
import { serveSite, waitForPlayer, SUB } from './share-site.mjs';
import { checkDrawn } from './check.mjs';

let b, site, page;
const errors = [];

before(async () => {
  b = await openBrowser();
  site = await serveSite();
  page = await newPage(b, errors);
  await page.goto(site.app);
  await waitForPlayer(page);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20000 });
});

after(async () => { await b?.context.setOffline(false); await b?.close(); site?.close(); });

test('the service worker caches every file of the build, scoped to the sub-path', async () => {
  const got = await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    const names = await caches.keys();
    const cache = await caches.open(names.find((n) => n.startsWith('refscope-')));
    return { scope: reg.scope, files: (await cache.keys()).map((r) => new URL(r.url).pathname) };
  });
  assert.equal(new URL(got.scope).pathname, SUB);
  const built = fs.readdirSync(DIST).filter((n) => !/\.(gz|br)$/.test(n) && n !== 'sw.js');
  assert.deepEqual(got.files.map((p) => p.slice(SUB.length)).sort(), built.sort());
});

test('offline: a reload runs and draws the example from the cache', async () => {
  await b.context.setOffline(true);
  const serial = await page.evaluate(() => Number(document.querySelector('.app').dataset.run));
  assert.ok(serial >= 1);
  await page.reload();
  await waitForPlayer(page);
  await page.keyboard.press('End');
  assert.match(await page.locator('[data-testid=console]').innerText(), /\[1, 2, 3, 4\]/);
  await page.keyboard.press('Home');
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  const r = await page.evaluate(checkDrawn);
  assert.deepEqual(r.problems, []);
  assert.ok(r.nodes > 0);
  await page.screenshot({ path: artifact('offline-reload.png') });
});

test('offline: the embed page also opens from the cache', async () => {
  const p2 = await b.context.newPage();
  await p2.goto(`${site.app}embed.html`);
  await waitForPlayer(p2, 0, '.embed');
  assert.ok(await p2.locator('.stage-canvas').count());
  // The network really is off: what the build does not hold cannot load.
  await assert.rejects(p2.goto(`${site.app}not-in-the-build.txt`), /ERR_INTERNET_DISCONNECTED/);
  await p2.close();
  await b.context.setOffline(false);
  assert.deepEqual(errors, []);
});

test('a new build is offered with an Update button and takes over when pressed', async () => {
  site.touchServiceWorker();
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
  const update = page.getByRole('button', { name: 'Update ↻' });
  await update.waitFor({ timeout: 20000 });
  assert.equal(await page.evaluate(() => navigator.serviceWorker.getRegistration()
    .then((r) => !!r.waiting)), true);
  await Promise.all([page.waitForEvent('load'), update.click()]);
  await waitForPlayer(page);
  assert.equal(await page.evaluate(() => navigator.serviceWorker.getRegistration()
    .then((r) => !!r.waiting)), false);
  assert.equal(await update.count(), 0);
  assert.deepEqual(errors, []);
});
