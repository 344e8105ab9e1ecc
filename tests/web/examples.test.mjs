// examples.test.mjs — loads the page in Chromium, runs every example of the
// Example menu, steps forward and back by step and by event, and at every
// stop compares what is drawn with the replayed trace (check.mjs): nodes,
// refcount labels, arrows, freed objects, GC marks. The console at the end
// must print what python3 prints. Screenshots go to tests/artifacts/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { openBrowser, newPage, artifact, ROOT } from './browser.mjs';
import { waitForRun, checkDrawn, checkFreed, drawnSerials } from './check.mjs';

const EXAMPLES = [
  ['names', '1-names.py'], ['aliasing', '2-aliasing.py'],
  ['tuple-iadd', '3-tuple-iadd.py'], ['is-eq', '4-is-vs-eq.py'],
  ['refcount', '5-refcount-del.py'], ['cycle', '6-cycle.py'],
  ['resurrection', '7-resurrection.py'], ['generations', '8-generations.py'],
];
const EXPECTED = JSON.parse(fs.readFileSync(path.join(ROOT, 'web/examples/expected.json'), 'utf8'));
const MAX_STEPS = 70; // stops walked one by one per example (then End)

let b, page;
const errors = [];

before(async () => {
  b = await openBrowser();
  page = await newPage(b, errors);
  await page.goto(b.url);
  await waitForRun(page);
});

after(async () => { await b?.close(); });

function python3(file) {
  try {
    return execFileSync('python3', [path.join(ROOT, 'web/examples', file)],
                        { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    return e.stdout + e.stderr;
  }
}

// Screenshots after the step's animations have settled.
async function shot(name) {
  await page.waitForTimeout(1300);
  await page.screenshot({ path: artifact(name) });
}

async function assertDrawn(where) {
  const r = await page.evaluate(checkDrawn);
  assert.deepEqual(r.problems, [], `${where}: ${r.problems.slice(0, 5).join('; ')}`);
  return r;
}

// One stop forward with the keyboard; checks the drawing and the frees.
async function stepAndCheck(name, k) {
  const fromN = await page.evaluate(() => globalThis.__refscope.state.cursor.value);
  const drawn = await page.evaluate(drawnSerials);
  await page.keyboard.press('ArrowRight');
  await assertDrawn(`${name} stop ${k}`);
  const f = await page.evaluate(checkFreed, [fromN, drawn]);
  assert.deepEqual(f.problems, [], `${name} stop ${k}: ${f.problems.join('; ')}`);
  return f.freed;
}

async function gcStops() {
  return page.evaluate(() => {
    const r = globalThis.__refscope.state.run.value;
    return [...r.stops].filter((n) => r.replay.state(n).gc.collecting);
  });
}

for (const [id, file] of EXAMPLES) {
  test(`example ${id}: every stop drawn as the trace says`, async () => {
    const runBefore = await page.evaluate(() => Number(document.querySelector('.app').dataset.run));
    await page.selectOption('.examples select', id);
    await waitForRun(page, runBefore);
    await page.locator('.stage').click({ position: { x: 2, y: 2 } });
    await assertDrawn(`${id} start`);
    await shot(`${id}-0-start.png`);
    const total = await page.evaluate(() => globalThis.__refscope.state.run.value.stops.length);
    const walk = Math.min(total - 1, MAX_STEPS);
    let freed = 0;
    for (let k = 1; k <= walk; k++) {
      const f = await stepAndCheck(id, k);
      if (f && !freed) await shot(`${id}-1-freed.png`);
      freed += f;
      if (k === Math.floor(walk / 2)) await shot(`${id}-1-middle.png`);
    }
    // The program's last state, before the interpreter shuts down.
    await page.evaluate(() => {
      const R = globalThis.__refscope;
      const r = R.state.run.value;
      const k = [...r.stops].findIndex((n) => {
        const e = r.replay.event(n - 1);
        return e.ev === 'RETURN' && r.replay.state(n).frame(e.frame)?.kind === 'module';
      });
      if (k >= 0) R.player.gotoStop(k);
    });
    await assertDrawn(`${id} final`);
    await shot(`${id}-2-final.png`);
    const gc = await gcStops();
    if (gc.length) {
      // The stop after subtract_refs, or failing that the first GC stop.
      const n = await page.evaluate((stops) => {
        const R = globalThis.__refscope;
        const r = R.state.run.value;
        // The last one before the program ends (not the shutdown's).
        const end = [...r.stops].find((m) => {
          const e = r.replay.event(m - 1);
          return e.ev === 'RETURN' && r.replay.state(m).frame(e.frame)?.kind === 'module';
        }) ?? Infinity;
        const marked = stops.filter((m) => m < end &&
          r.replay.state(m).gc.collecting?.phase === 'move_unreachable');
        const pick = marked.length ? marked[marked.length - 1] : stops[0];
        R.player.gotoStop([...r.stops].indexOf(pick));
        return pick;
      }, gc);
      await assertDrawn(`${id} GC stop ${n}`);
      await shot(`${id}-3-gc.png`);
    }
    await page.keyboard.press('End');
    await assertDrawn(`${id} end`);
    await shot(`${id}-4-end.png`);
    const out = await page.locator('[data-testid=console] .stdout').allTextContents();
    const want = python3(file);
    assert.equal(out.join(''), want);
    // What the page says CPython prints: expected.json, kept up to date.
    const exp = EXPECTED.examples[file];
    assert.equal(exp.stdout + exp.stderr, want, `${file}: run web/examples/gen_expected.py`);
    assert.match(await page.locator('.console .reference').textContent(),
                 /CPython 3\.11\.\d+ prints exactly this/);
    // Back by events and by steps, checking each.
    for (let k = 0; k < 5; k++) {
      await page.keyboard.press('Shift+ArrowLeft');
      await assertDrawn(`${id} event back ${k}`);
    }
    for (let k = 0; k < 5; k++) {
      await page.keyboard.press('ArrowLeft');
      await assertDrawn(`${id} step back ${k}`);
    }
    if (id === 'refcount' || id === 'cycle') assert.ok(freed > 0 || gc.length, `${id}: nothing freed`);
    assert.deepEqual(errors, []);
  });
}
