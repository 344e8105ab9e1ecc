// embed.test.mjs — the embed player in Chromium (issue 6): in a host page of
// another origin (localhost embedding 127.0.0.1 under a sub-path), at the
// link's step, sized through postMessage, "Open in Refscope"; embed.js on a
// sample blog post (<pre data-refscope> blocks become players, markup in the
// code stays text); a broken link.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { openBrowser, newPage, artifact, ROOT } from './browser.mjs';
import { serveSite, waitForPlayer } from './share-site.mjs';
import { encodeFragment } from '../../web/share/codec.js';

let b, site, page;
const errors = [];
const dialogs = [];
const CYCLE = fs.readFileSync(path.join(ROOT, 'web/examples/6-cycle.py'), 'utf8');

before(async () => {
  b = await openBrowser();
  site = await serveSite();
  page = await newPage(b, errors);
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
});

after(async () => { await b?.close(); site?.close(); });

// The player's code as text (line numbers left out).
const codeIn = (frame) => frame.evaluate(() => [...document.querySelectorAll('.code-view .line')]
  .map((l) => l.lastChild.textContent).join(''));

// Resolves once the iframe [sel] is as tall as its player's content.
async function fitted(sel, frame) {
  for (let i = 0; i < 50; i++) {
    const inner = await frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
    const outer = await page.evaluate((s) => document.querySelector(s).getBoundingClientRect().height, sel);
    if (Math.abs(inner - outer) <= 1) return outer;
    await page.waitForTimeout(100);
  }
  throw new Error(`${sel} never took its player's height`);
}

async function addPlayer(frag, id = 'player') {
  await page.evaluate(([app, f, name]) => {
    if (!document.querySelector('script[src$="embed.js"]')) {
      const s = document.createElement('script');
      s.src = `${app}embed.js`;
      document.head.append(s);
    }
    const el = document.createElement('iframe');
    el.id = name;
    el.src = `${app}embed.html#${f}`;
    el.style.cssText = 'width: 100%; height: 200px; border: 0';
    document.getElementById('slot').append(el);
  }, [site.app, frag, id]);
  const frame = await (await page.waitForSelector(`#${id}`)).contentFrame();
  await waitForPlayer(frame, 0, '.embed');
  return frame;
}

test('the embed in a host page of another origin: step, auto-height, open in Refscope', async () => {
  await page.goto(`${site.blog}host.html`);
  const frame = await addPlayer(encodeFragment({ code: CYCLE, step: 4 }));
  assert.match(page.url(), /^http:\/\/localhost:/);
  assert.equal(await frame.evaluate(() => location.origin), new URL(site.app).origin);
  assert.equal(await codeIn(frame), CYCLE);
  assert.match(await frame.locator('.where').textContent(), /^Step 4 of \d+/);
  assert.equal(await frame.locator('.cm-editor, .toolbar, select.examples').count(), 0);
  const wide = await fitted('#player', frame);
  assert.ok(wide > 300, `height ${wide}`);
  await page.evaluate(() => { document.getElementById('slot').style.width = '420px'; });
  await page.waitForFunction((h) => document.getElementById('player').getBoundingClientRect().height > h + 40, wide);
  const narrow = await fitted('#player', frame);
  console.log(`# embed height: ${wide} px at 900 px wide, ${narrow} px at 420 px`);
  await page.screenshot({ path: artifact('embed-host.png') });

  const link = frame.locator('[data-testid=open-in-refscope]');
  assert.match(await link.getAttribute('href'), /^\.\/#v=1&/);
  const [popup] = await Promise.all([page.waitForEvent('popup'), link.click()]);
  await waitForPlayer(popup);
  assert.ok(popup.url().startsWith(`${site.app}#v=1&`), popup.url());
  const opened = await popup.evaluate(() => {
    const st = globalThis.__refscope.state;
    return { code: st.source.value, step: st.stopIndex.value + 1 };
  });
  assert.deepEqual(opened, { code: CYCLE, step: 4 });
  await popup.close();
});

test('embed.js on a sample blog post: each <pre data-refscope> becomes a sized player', async () => {
  await page.setViewportSize({ width: 1100, height: 1700 });   // the whole post on screen
  await page.goto(`${site.blog}blog.html`);
  await page.waitForFunction(() => document.querySelectorAll('iframe.refscope-embed').length === 2);
  assert.equal(await page.locator('pre[data-refscope]').count(), 0);
  const frames = [];
  for (const [i, el] of (await page.$$('iframe.refscope-embed')).entries()) {
    const frame = await el.contentFrame();
    await waitForPlayer(frame, 0, '.embed');
    await page.evaluate((k) => { document.querySelectorAll('iframe.refscope-embed')[k].id = `p${k}`; }, i);
    frames.push(frame);
  }
  assert.equal(await codeIn(frames[0]), 'x = [1, 2, 3]\ny = x\ny.append(4)\nprint(x)\n');
  assert.match(await frames[0].locator('.where').textContent(), /^Step 4 of/);
  const hostile = 's = "<img src=x onerror=alert(1)>"\nt = s + "<script>window.__pwned = 1</script>"\nprint(t)\n';
  assert.equal(await codeIn(frames[1]), hostile);
  assert.equal(await page.getAttribute('#p1', 'title'), 'Markup in a string');
  await frames[1].click('button[aria-label="To the end"]');
  assert.equal(await frames[1].locator('[data-testid=console]').innerText(),
               '<img src=x onerror=alert(1)><script>window.__pwned = 1</script>\n');
  for (const [i, f] of frames.entries()) {
    const h = await fitted(`#p${i}`, f);
    assert.ok(h !== 480 && h > 250, `player ${i}: ${h}px`);
    assert.equal(await f.evaluate(() => window.__pwned), undefined);
    assert.equal(await f.evaluate(() => document.querySelectorAll('img, [onerror]').length), 0);
  }
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.deepEqual(dialogs, []);
  await page.screenshot({ path: artifact('embed-blog.png') });
  await page.setViewportSize({ width: 1400, height: 900 });
});

test('an embed with a broken link shows a message and an example', async () => {
  await page.goto(`${site.blog}host.html`);
  const frame = await addPlayer('v=1&h=12345678&c=bm90IGRlZmxhdGU', 'broken');
  assert.match(await frame.locator('.notice').textContent(), /could not be opened: .+ Showing an example/);
  assert.match(await codeIn(frame), /^# Names are pointers/);
  assert.deepEqual(errors, []);
});
