// offline.test.mjs — the static folder offline (issue 6): after a first visit
// under a sub-path the service worker controls the page and has cached what
// the visit fetched (from the HTTP cache: no extra transfer), after a second
// visit every file of the build; with the network off, a reload still draws the example
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

// The cache's files, relative to the sub-path.
async function cachedFiles(p) {
  return p.evaluate(async () => {
    const names = await caches.keys();
    const name = names.find((n) => n.startsWith('refscope-'));
    if (!name) return [];
    const cache = await caches.open(name);
    return (await cache.keys()).map((r) => new URL(r.url).pathname);
  });
}

test('a first visit caches what it fetched; a second one, every file of the build', async () => {
  const reg = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  assert.equal(new URL(reg).pathname, SUB);
  const first = (await cachedFiles(page)).map((p) => p.slice(SUB.length));
  for (const f of ['index.html', 'app.js', 'worker.js', 'refscope.wasm'])
    assert.ok(first.includes(f), `${f} cached after the first visit (${first.join(' ')})`);
  assert.ok(!first.includes('embed.html'), 'nothing the first visit did not fetch');
  await page.reload();
  await waitForPlayer(page);
  const built = fs.readdirSync(DIST).filter((n) => !/\.(gz|br)$/.test(n) && n !== 'sw.js');
  const distinct = async () => [...new Set((await cachedFiles(page)).map((p) => p.slice(SUB.length)))];
  const deadline = Date.now() + 20000;
  while ((await distinct()).length < built.length && Date.now() < deadline)
    await page.waitForTimeout(200);
  assert.deepEqual((await distinct()).sort(), built.sort());
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
