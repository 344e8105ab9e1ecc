// page.test.mjs — the page's behaviour in Chromium beyond the examples:
// syntax and runtime errors, a runaway program and the time budget, a
// MemoryError at the memory limit, the learner's text kept and never
// silently replaced, dark mode, reduced motion, the phone layout and touch
// stepping, keyboard-only use, and no serious axe-core violations.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { openBrowser, newPage, artifact, ROOT } from './browser.mjs';
import { waitForRun, checkDrawn } from './check.mjs';

let b, page;
const errors = [];

before(async () => {
  b = await openBrowser();
  page = await newPage(b, errors);
  await page.goto(`${b.url}?budget=2500`);
  await waitForRun(page);
});

after(async () => { await b?.close(); });

async function currentRun() {
  return page.evaluate(() => Number(document.querySelector('.app').dataset.run));
}

// The CodeMirror editor, loaded (Editor.jsx) by clicking on the code as a
// learner would, and focused.
async function wakeEditor() {
  await page.click('.editor-wrap .editor');
  await page.waitForSelector('.cm-content:focus');
}

// Replaces the editor's text by typing (as a learner would) and runs it.
async function typeAndRun(code) {
  const before = await currentRun();
  await wakeEditor();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(code);
  await page.keyboard.press('Control+Enter');
  await waitForRun(page, before);
  await page.locator('.stage').click({ position: { x: 2, y: 2 } });
}

async function consoleText() {
  return (await page.locator('[data-testid=console]').textContent()) || '';
}

test('CodeMirror loads only when the learner points at the code', async () => {
  await page.waitForTimeout(600);
  assert.equal(await page.locator('.cm-editor').count(), 0);
  assert.ok((await page.locator('.code-static .cm-next-line, .code-static .cm-line').count()) > 0);
  await page.hover('.editor-wrap .editor');
  await page.waitForSelector('.cm-editor');
  assert.equal(await page.evaluate(() => !!document.activeElement.closest('.cm-editor')), false);
});

test('a SyntaxError marks its line with CPython\'s message', async () => {
  await typeAndRun('x = 1\ny = (2,\nprint(x)\n');
  const msg = await page.locator('.error-line').textContent();
  assert.match(msg, /Line 2: SyntaxError: '\(' was never closed/);
  assert.equal(await page.locator('.cm-error-line').count(), 1);
  const line = await page.locator('.cm-error-line').textContent();
  assert.equal(line, 'y = (2,');
  await page.screenshot({ path: artifact('error-syntax.png') });
});

test('a runtime exception: traceback in the console, the line marked at the end', async () => {
  await typeAndRun('def f(d):\n    return 1 / d\n\nf(0)\n');
  await page.keyboard.press('End');
  const out = await consoleText();
  assert.match(out, /Traceback \(most recent call last\):/);
  assert.match(out, /ZeroDivisionError: division by zero/);
  assert.match(await page.locator('.error-line').textContent(), /ZeroDivisionError/);
  const r = await page.evaluate(checkDrawn);
  assert.deepEqual(r.problems, []);
  await page.screenshot({ path: artifact('error-runtime.png') });
});

test('an endless loop is stopped (step limit or time budget), the page stays usable', async () => {
  const t0 = Date.now();
  await typeAndRun('n = 0\nwhile True:\n    n += 1\n');
  assert.ok(Date.now() - t0 < 9000);
  await page.keyboard.press('End');
  assert.match(await consoleText(), /stopped: the program ran \d+ steps|\[stopped: |longer than 2\.5 s/);
  await typeAndRun('print(1 + 1)\n');
  await page.keyboard.press('End');
  assert.match(await consoleText(), /^2\n/);
});

// A second page without the step limit (?steps=0), so that only the time
// budget can stop a long computation.
async function unlimitedPage(budget) {
  const p = await b.context.newPage();
  p.on('pageerror', (e) => errors.push(String(e)));
  await p.goto(`${b.url}?budget=${budget}&steps=0`);
  await waitForRun(p);
  return p;
}

async function startRun(p, code) {
  const before = await p.evaluate(() => Number(document.querySelector('.app').dataset.run));
  await p.evaluate((c) => {
    globalThis.__refscope.state.source.value = c;
    globalThis.__refscope.player.runSource();
  }, code);
  return before;
}

test('a program stuck in one long operation is stopped by the time budget', async () => {
  const p = await unlimitedPage(2500);
  const t0 = Date.now();
  const before = await startRun(p, 'print("start")\nx = 7 ** 10 ** 8\nprint("never")\n');
  await waitForRun(p, before);
  const ms = Date.now() - t0;
  assert.ok(ms < 9000, `took ${ms} ms`);
  await p.locator('.stage').click({ position: { x: 2, y: 2 } });
  await p.keyboard.press('End');
  const out = await p.locator('[data-testid=console]').textContent();
  assert.match(out, /longer than 2\.5 s and was stopped/);
  assert.match(out, /start/, 'the partial trace has the first print');
  // The page still works: a new run after the restart.
  const before2 = await startRun(p, 'a = [1]\nprint(a)\n');
  await waitForRun(p, before2);
  await p.keyboard.press('End');
  assert.match(await p.locator('[data-testid=console]').textContent(), /\[1\]/);
  await p.close();
});

test('while a program runs, a click is handled within 100 ms and Stop stops it', async () => {
  const p = await unlimitedPage(20000);
  const before = await startRun(p, 'print("start")\nx = 7 ** 10 ** 8\n');
  await p.waitForSelector('button.stop', { timeout: 5000 });
  // While it runs: the input delay of every click and the main thread's
  // long tasks.
  await p.evaluate(() => {
    globalThis.__delays = [];
    globalThis.__long = [];
    document.addEventListener('click', (e) => __delays.push(performance.now() - e.timeStamp), true);
    new PerformanceObserver((l) => l.getEntries().forEach((t) => __long.push(t.duration)))
      .observe({ type: 'longtask' });
  });
  const box = await p.locator('.stage').boundingBox();
  for (let i = 0; i < 5; i++) {
    const t0 = Date.now();
    await p.mouse.click(box.x + 4, box.y + 4);
    assert.ok(Date.now() - t0 < 1000);
    await p.waitForTimeout(150);
  }
  const { delays, long } = await p.evaluate(() => ({ delays: __delays, long: __long }));
  assert.equal(delays.length, 5);
  assert.ok(Math.max(...delays) < 100, `click delays ${delays.map(Math.round).join(', ')} ms`);
  assert.ok(long.every((d) => d < 100), `long tasks ${long.map(Math.round).join(', ')} ms`);
  await p.click('button.stop');
  await waitForRun(p, before);
  await p.locator('.stage').click({ position: { x: 2, y: 2 } });
  await p.keyboard.press('End');
  const out = await p.locator('[data-testid=console]').textContent();
  assert.match(out, /you stopped the program; showing what it did until then/);
  assert.match(out, /start/);
  await p.close();
});

test('a long list wraps, shows its first 29 items and "… N more", which opens it', async () => {
  await typeAndRun('big = [[i] for i in range(40)]\nx = 1\n');
  await page.evaluate(() => {   // to line 2: the list is made
    const R = globalThis.__refscope;
    const r = R.state.run.value;
    R.player.gotoStop([...r.stops].findIndex((n) => r.replay.state(n).current.line === 2));
  });
  const big = page.locator('.stage-canvas .node.k-seq', { has: page.locator('.more') });
  assert.equal(await big.locator('.slot').count(), 29);
  assert.equal(await big.locator('.more text').textContent(), '… 11 more');
  const w = await big.locator('.frame').first().evaluate((r) => r.getBBox().width);
  assert.ok(w < 440, `width ${w}`);
  assert.deepEqual((await page.evaluate(checkDrawn)).problems, []);
  await big.locator('.more').click();
  const open = page.locator('.stage-canvas .node.k-seq', { has: page.locator('.more text', { hasText: 'fewer' }) });
  assert.equal(await open.locator('.slot').count(), 40);
  assert.deepEqual((await page.evaluate(checkDrawn)).problems, []);
  await page.screenshot({ path: artifact('long-list-open.png') });
  await open.locator('.more').press('Enter');
  assert.equal(await big.locator('.slot').count(), 29);
});

test('hitting the memory limit is a MemoryError in the program', async () => {
  await typeAndRun('try:\n    x = [0] * (64 * 1024 * 1024)\nexcept MemoryError:\n    print("MemoryError caught")\n');
  await page.keyboard.press('End');
  assert.match(await consoleText(), /MemoryError caught/);
});

test('the learner\'s text is saved and never silently replaced', async () => {
  await typeAndRun('mine = [1, 2]\n');
  await page.waitForTimeout(400); // the save is debounced
  await page.reload();
  await waitForRun(page);
  assert.equal(await page.locator('.cm-content').count(), 0);   // until the learner edits
  await wakeEditor();
  assert.equal(await page.locator('.cm-content').textContent(), 'mine = [1, 2]');
  const before = await currentRun();
  await page.selectOption('.examples select', 'cycle');
  await waitForRun(page, before);
  assert.match(await page.locator('.notice').textContent(), /Your code is saved/);
  const before2 = await currentRun();
  await page.selectOption('.examples select', '__draft');
  await waitForRun(page, before2);
  assert.equal(await page.locator('.cm-content').textContent(), 'mine = [1, 2]');
});

test('dark mode follows the system and the toggle', async () => {
  await page.emulateMedia({ colorScheme: 'dark' });
  const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(await bg(), 'rgb(22, 25, 29)');
  await page.selectOption('.theme select', 'light');
  assert.equal(await bg(), 'rgb(247, 247, 244)');
  await page.selectOption('.theme select', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  assert.equal(await bg(), 'rgb(22, 25, 29)');
  const before = await currentRun();
  await page.selectOption('.examples select', 'aliasing');
  await waitForRun(page, before);
  await page.locator('.stage').click({ position: { x: 2, y: 2 } });
  await page.keyboard.press('End');
  await page.waitForTimeout(1200);
  await page.screenshot({ path: artifact('dark-aliasing.png') });
  await page.selectOption('.theme select', 'system');
});

test('reduced motion: no animations', async () => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const before = await currentRun();
  await page.selectOption('.examples select', 'names');
  await waitForRun(page, before);
  await page.locator('.stage').click({ position: { x: 2, y: 2 } });
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  const names = await page.evaluate(() => [...document.querySelectorAll('.stage-canvas > svg, .node .body, .edge, .tick')]
    .map((el) => getComputedStyle(el).animationName));
  assert.ok(names.length > 0);
  assert.ok(names.every((n) => n === 'none'), names.join());
  await page.emulateMedia({ reducedMotion: 'no-preference' });
});

test('every control is reachable with the keyboard', async () => {
  await page.keyboard.press('Escape');
  await page.focus('.examples select');
  const seen = new Set();
  for (let i = 0; i < 40; i++) {
    // CodeMirror keeps Tab for indenting: Esc first lets it move focus on.
    if (await page.evaluate(() => !!document.activeElement.closest('.cm-editor')))
      await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() => {
      const el = document.activeElement;
      return el.getAttribute('aria-label') || el.className || el.tagName;
    });
    seen.add(label);
  }
  for (const want of ['Forward one step', 'Back one step', 'Play', 'Playback speed', 'Step',
                      'Forward one event', 'Colour theme'])
    assert.ok([...seen].some((s) => s.startsWith(want)), `${want} not reached: ${[...seen].join(' | ')}`);
});

test('no serious or critical axe-core violations', async () => {
  const axe = fs.readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.evaluate(axe);
    const res = await page.evaluate(() => globalThis.axe.run(document, { resultTypes: ['violations'] }));
    const bad = res.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    assert.deepEqual(bad.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => `${n.target} ${n.html.slice(0, 60)} ${n.any.map((a) => a.message).join(' ')}`).join(', ')}`), [], scheme);
  }
  await page.emulateMedia({ colorScheme: 'light' });
});

test('a phone: stacked layout, touch stepping', async () => {
  const phone = await b.context.newPage();
  phone.on('pageerror', (e) => errors.push(String(e)));
  await phone.setViewportSize({ width: 390, height: 844 });
  await phone.goto(b.url);
  await phone.waitForFunction(() => Number(document.querySelector('.app')?.dataset.run) > 0);
  const run0 = await phone.evaluate(() => Number(document.querySelector('.app').dataset.run));
  await phone.selectOption('.examples select', 'aliasing');
  await waitForRun(phone, run0);
  const cols = await phone.evaluate(() => getComputedStyle(document.querySelector('.panes')).gridTemplateColumns);
  assert.equal(cols.split(' ').length, 1, cols);
  const size = await phone.locator('button[aria-label="Forward one step"]').boundingBox();
  assert.ok(size.width >= 44 && size.height >= 44, JSON.stringify(size));
  const cursor = () => phone.evaluate(() => Number(document.querySelector('.app').dataset.cursor));
  const c0 = await cursor();
  const box = await phone.locator('.stage').boundingBox();
  const y = box.y + 40;
  await phone.evaluate(([x0, x1, yy]) => {
    const el = document.querySelector('.stage');
    const ev = (type, x) => el.dispatchEvent(new PointerEvent(type, { pointerType: 'touch', clientX: x, clientY: yy, bubbles: true }));
    ev('pointerdown', x0); ev('pointerup', x1);
  }, [box.x + 300, box.x + 100, y]);
  assert.ok(await cursor() > c0, 'a left swipe steps forward');
  // The memory view fits its pane's width at every stop: nothing scrolls
  // sideways, neither the page nor the view.
  const widths = await phone.evaluate(async () => {
    const R = globalThis.__refscope;
    const out = [];
    const n = R.state.run.value.stops.length;
    for (let k = 0; k < n; k += 3) {
      R.player.gotoStop(k);
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const st = document.querySelector('.stage');
      out.push([k, st.scrollWidth - st.clientWidth, document.documentElement.scrollWidth - innerWidth]);
    }
    return out;
  });
  assert.ok(widths.every(([, a, b]) => a <= 1 && b <= 0), JSON.stringify(widths));
  assert.equal(await phone.locator('.stage.pan').count(), 0);
  // A drawing too wide even at the smallest zoom pans inside its pane; the
  // page itself still never scrolls sideways.
  const run1 = await phone.evaluate(() => Number(document.querySelector('.app').dataset.run));
  await phone.evaluate(() => { globalThis.__refscope.state.source.value = 'big = [[i] for i in range(40)]\nx = 1\n'; });
  await phone.evaluate(() => globalThis.__refscope.player.runSource());
  await waitForRun(phone, run1);
  await phone.evaluate(() => globalThis.__refscope.player.gotoStop(globalThis.__refscope.state.run.value.stops.length - 3));
  await phone.waitForSelector('.stage.pan');
  assert.ok(await phone.evaluate(() => document.documentElement.scrollWidth <= innerWidth));
  await phone.screenshot({ path: artifact('phone.png'), fullPage: true });
  await phone.close();
});

test('no console errors', () => {
  assert.deepEqual(errors, []);
});
