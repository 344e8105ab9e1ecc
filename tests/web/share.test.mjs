// share.test.mjs — share links in Chromium (issue 6): the round trip of code,
// step and options through the URL fragment; replaceState without history
// entries; a 10 KB snippet; malformed and tampered links (a message, an
// example, the saved code untouched); hostile code shown only as text; the
// Content-Security-Policy. The page is served under a sub-path.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openBrowser, newPage, artifact } from './browser.mjs';
import { serveSite, waitForPlayer, longSnippet } from './share-site.mjs';
import { encodeFragment, decodeFragment } from '../../web/share/codec.js';
import { execFileSync } from 'node:child_process';

// The trace format version the core reports (refscope schema): the link
// must carry the one the page's wasm core announced.
const TRACE_VERSION = JSON.parse(
  execFileSync(new URL('../../build/refscope', import.meta.url).pathname, ['schema'])).version;

let b, site, page;
const errors = [];
const dialogs = [];

before(async () => {
  b = await openBrowser();
  site = await serveSite();
  page = await newPage(b, errors);
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  await page.goto(site.app);
  await waitForPlayer(page);
});

after(async () => { await b?.close(); site?.close(); });

const view = () => page.evaluate(() => {
  const st = globalThis.__refscope.state;
  return { code: st.source.value, cursor: st.cursor.value, step: st.stopIndex.value + 1,
           atoms: st.sharedAtoms.value, notice: st.notice.value, run: st.run.value?.serial,
           status: st.run.value?.result.status };
});
const editorText = () => page.evaluate(() =>
  [...document.querySelectorAll('.cm-line')].map((l) => l.textContent).join('\n'));
const button = (name) => page.getByRole('button', { name, exact: true });

// A fresh document at [url] (a fragment-only change would not reload).
async function open(url) {
  await page.goto('about:blank');
  await page.goto(url);
  await waitForPlayer(page);
}

test('share round trip: code, step, event and options come back from the link', async () => {
  await page.selectOption('.examples select', 'cycle');
  await waitForPlayer(page, (await view()).run - 1);
  await page.locator('.check input').uncheck();          // inline small ints: an option
  await page.locator('.stage').click({ position: { x: 2, y: 2 } });
  for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowRight');
  const atStop = () => page.evaluate(() => {
    const st = globalThis.__refscope.state;
    return st.run.value.stops.includes(st.cursor.value);
  });
  for (let i = 0; i < 10 && await atStop(); i++)
    await page.keyboard.press('Shift+ArrowRight');        // between stops: an exact event
  assert.equal(await atStop(), false);
  const before = await view();
  assert.ok(before.step >= 9, `step ${before.step}`);
  await button('Share').click();
  const url = await page.inputValue('[data-testid=share-url]');
  await page.screenshot({ path: artifact('share-dialog.png') });
  assert.match(url, /^http:\/\/127\.0\.0\.1:\d+\/sub\/refscope\/#v=1&/);
  const link = decodeFragment(new URL(url).hash);
  assert.equal(link.code, before.code);
  assert.equal(link.event, before.cursor);
  assert.equal(link.step, before.step);
  assert.equal(link.atoms, false);
  assert.equal(link.trace, TRACE_VERSION);
  await page.keyboard.press('Escape');
  assert.equal(await page.evaluate(() => location.hash), new URL(url).hash);

  await open(url);
  const after = await view();
  assert.equal(after.code, before.code);
  assert.equal(after.cursor, before.cursor);
  assert.equal(after.step, before.step);
  assert.equal(after.atoms, false);
  assert.match(after.notice, /Code from a shared link/);
  assert.equal((await editorText()).trim(), before.code.trim());
});

test('the address bar follows the view with replaceState, adding no history entries', async () => {
  const length = await page.evaluate(() => history.length);
  const hash0 = await page.evaluate(() => location.hash);
  await page.locator('.stage').click({ position: { x: 2, y: 2 } });
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await page.waitForFunction((h) => location.hash !== h, hash0);
  const now = await view();
  const link = decodeFragment(await page.evaluate(() => location.hash));
  assert.equal(link.event, now.cursor);
  assert.equal(await page.evaluate(() => history.length), length);
});

test('a 10 KB snippet fits in a link and comes back whole', async () => {
  const code = longSnippet(10 * 1024);
  assert.ok(code.length >= 10 * 1024, `snippet of ${code.length} bytes`);
  const frag = encodeFragment({ code, step: 5, atoms: true, trace: 1 });
  console.log(`# 10 KB snippet (${code.length} bytes): fragment ${frag.length} characters`);
  assert.ok(frag.length < 8000, `fragment of ${frag.length} characters`);
  await open(`${site.app}#${frag}`);
  const v = await view();
  assert.equal(v.code, code);
  assert.equal(v.step, 5);
  assert.ok(['ok', 'exit'].includes(v.status), `status ${v.status}`);
});

test('malformed and tampered links: a message, an example, the saved code untouched', async () => {
  const good = encodeFragment({ code: 'a = [1]\nb = a\n', step: 2 });
  const payload = good.split('&c=')[1];
  const flip = payload.slice(0, 5) + (payload[5] === 'A' ? 'B' : 'A') + payload.slice(6);
  const bad = {
    'not base64': 'v=1&h=00000000&c=@@@@',
    'cut short': good.slice(0, good.length - 6),
    'one character changed': good.replace(payload, flip),
    'checksum changed': good.replace(/h=[0-9a-f]{8}/, 'h=deadbeef'),
    'unknown version': good.replace('v=1', 'v=7'),
    'no code': 'v=1&s=3',
    'junk': '%3Cscript%3Ealert(1)%3C/script%3E',
    'step not a number': good.replace('s=2', 's=<img>'),
  };
  const mine = 'mine = ["my own code"]\n';
  const draft = 'draft = "an older draft"\n';
  await page.evaluate(([m, d]) => {
    localStorage.setItem('refscope.source', m);
    localStorage.setItem('refscope.draft', d);
  }, [mine, draft]);
  for (const [what, frag] of Object.entries(bad)) {
    await open(`${site.app}#${frag}`);
    const v = await view();
    assert.match(v.notice, /This link could not be opened: .+ Showing an example instead; your saved code was not changed/, what);
    assert.match(v.code, /^# Names are pointers/, what);
    assert.equal(await page.evaluate(() => location.hash), '', what);
    const saved = await page.evaluate(() => [localStorage.getItem('refscope.source'),
                                             localStorage.getItem('refscope.draft')]);
    assert.deepEqual(saved, [mine, draft], what);
  }
  await page.screenshot({ path: artifact('share-bad-link.png') });
  await open(site.app);                       // without a link: the saved code is back
  assert.equal((await view()).code, mine);
});

test('a valid link keeps the learner\'s code aside as the draft', async () => {
  await page.evaluate(() => {
    localStorage.setItem('refscope.source', 'kept = 1\n');
    localStorage.removeItem('refscope.draft');
  });
  await open(`${site.app}#${encodeFragment({ code: 'linked = 2\n' })}`);
  assert.equal((await view()).code, 'linked = 2\n');
  const saved = await page.evaluate(() => [localStorage.getItem('refscope.source'),
                                           localStorage.getItem('refscope.draft')]);
  assert.deepEqual(saved, ['kept = 1\n', 'kept = 1\n']);
  assert.match((await view()).notice, /Your own code is kept/);
});

test('hostile code in a link is shown as text only: no markup, no script', async () => {
  const code = [
    'a = "<script>window.__pwned = 1</script>"',
    "b = '<img src=x onerror=\"window.__pwned = 2; alert(2)\">'",
    'c = "<svg onload=alert(3)>"',
    'print(a)', 'print(b)', 'print(c)', '',
  ].join('\n');
  await open(`${site.app}#${encodeFragment({ code, step: 999 })}`);
  await page.keyboard.press('End');
  const out = await page.locator('[data-testid=console]').innerText();
  assert.match(out, /<script>window.__pwned = 1<\/script>/);
  assert.match(out, /<img src=x onerror=/);
  assert.equal((await editorText()).trim(), code.trim());
  await button('Embed').click();
  const snippet = await page.inputValue('[data-testid=embed-script]');
  assert.match(snippet, /a = "&lt;script&gt;window.__pwned = 1&lt;\/script&gt;"/);
  await page.keyboard.press('Escape');
  await page.waitForTimeout(300);
  const side = await page.evaluate(() => ({
    pwned: window.__pwned,
    imgs: document.querySelectorAll('img').length,
    inlineScripts: [...document.scripts].filter((s) => !s.src).length,
    svgOnload: document.querySelectorAll('[onload], [onerror]').length,
  }));
  assert.deepEqual(side, { pwned: undefined, imgs: 0, inlineScripts: 0, svgOnload: 0 });
  assert.deepEqual(dialogs, []);
});

test('the Content-Security-Policy forbids inline script; the page and its wasm work under it', async () => {
  const csp = await page.getAttribute('meta[http-equiv=Content-Security-Policy]', 'content');
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.doesNotMatch(csp, /script-src[^;]*'unsafe-inline'/);
  const ran = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__inline = 1';
    document.head.append(s);
    return window.__inline;
  });
  assert.equal(ran, undefined);
  assert.ok(errors.some((e) => /Content Security Policy/.test(e)));
  const other = errors.filter((e) => !/inline script/.test(e));
  assert.deepEqual(other, []);
  assert.equal((await view()).status, 'ok');       // the wasm core ran under the policy
});
