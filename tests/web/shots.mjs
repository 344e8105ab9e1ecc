// shots.mjs — screenshots for looking at the page (not a test): each
// scenario (an example of the menu, or a snippet) at desktop and phone
// sizes, at its key stops: start, the first free, the middle, each phase of
// the program's last collection, and the end (phones: scrolled to the
// memory view, as a learner stepping would see it). Writes
// tests/artifacts/shots/<scenario>-<size>-<NN-stop>.png and an index.txt.
// Usage: node tests/web/shots.mjs [scenario...]   (after ./build.sh build)
import fs from 'node:fs';
import path from 'node:path';
import { openBrowser, newPage, ARTIFACTS } from './browser.mjs';
import { waitForRun } from './check.mjs';

const WEAKREF = `# A weak reference does not keep its object alive; its callback runs
# when the object is freed, and the reference then returns None.
import weakref

class Box:
    pass

b = Box()
r = weakref.ref(b, lambda ref: print("callback: the box is gone"))
print(r() is b)
del b
print(r())
`;

// The resurrection example's first collection only (the shots take the
// last collection of a program).
const PHOENIX = `import gc

saved = []

class Phoenix:
    def __del__(self):
        print("__del__ runs: saving self")
        saved.append(self)

p = Phoenix()
p.me = p
del p
gc.collect()
print("resurrected:", len(saved))
`;

export const SCENARIOS = [
  { id: 'aliasing', example: 'aliasing' },
  { id: 'tuple-iadd', example: 'tuple-iadd' },
  { id: 'is-eq', example: 'is-eq' },
  { id: 'refcount', example: 'refcount' },
  { id: 'cycle', example: 'cycle' },
  { id: 'resurrection', example: 'resurrection' },
  { id: 'weakref', code: WEAKREF },
  { id: 'phoenix', code: PHOENIX },
  { id: 'generations', example: 'generations' },
  { id: 'syntax-error', code: 'x = [1, 2\nprint(x)\n' },
];
const SIZES = [
  { name: 'desktop', viewport: { width: 1400, height: 900 } },
  { name: 'phone', viewport: { width: 390, height: 844 }, scrollTo: '.narration' },
];

// Runs in the page: the labelled stops worth a picture.
function keyStops() {
  const r = globalThis.__refscope.state.run.value;
  const stops = [...r.stops];
  const out = [[0, 'start']];
  if (!r.replay) return out;
  const firstFree = stops.findIndex((n, k) => k > 0 && (() => {
    for (let i = stops[k - 1]; i < n; i++) if (r.trace.kind(i) === r.trace.K.FREE) return true;
    return false;
  })());
  if (firstFree > 0) out.push([firstFree, 'freed']);
  out.push([Math.floor(stops.length / 2), 'middle']);
  const end = stops.findIndex((n) => {
    const e = r.replay.event(n - 1);
    return n > 0 && e.ev === 'RETURN' && r.replay.state(n).frame(e.frame)?.kind === 'module';
  });
  const last = end > 0 ? end : stops.length - 1;
  const gcKs = stops.map((n, k) => [k, r.replay.state(n).gc.collecting])
    .filter(([k, c]) => c && k < last);
  if (gcKs.length) {
    let from = gcKs.length - 1;
    while (from > 0 && gcKs[from - 1][0] === gcKs[from][0] - 1) from--;
    const want = ['subtract_refs', 'move_unreachable', 'finalize_garbage',
                  'handle_resurrected_objects', 'delete_garbage'];
    const seen = new Set();
    for (const [k, c] of gcKs.slice(from)) {
      if (!want.includes(c.phase) || seen.has(c.phase)) continue;
      seen.add(c.phase);
      out.push([k, `gc-${c.phase}`]);
    }
  }
  out.push([last, 'end']);
  return out;
}

async function load(page, sc) {
  const before = await page.evaluate(() => Number(document.querySelector('.app').dataset.run));
  if (sc.example) await page.selectOption('.examples select', sc.example);
  else {
    await page.evaluate((code) => {
      globalThis.__refscope.state.source.value = code;
      globalThis.__refscope.player.runSource();
    }, sc.code);
  }
  await waitForRun(page, before);
}

async function shoot(page, size, sc, dir, index) {
  await load(page, sc);
  const stops = await page.evaluate(keyStops);
  let i = 0;
  for (const [k, label] of stops) {
    // One stop before, then a single step: the picture shows the animation settled.
    await page.evaluate((kk) => globalThis.__refscope.player.gotoStop(Math.max(0, kk - 1)), k);
    await page.evaluate(() => globalThis.__refscope.player.stepStop(1));
    if (k === 0) await page.evaluate(() => globalThis.__refscope.player.gotoStop(0));
    if (size.scrollTo) await page.locator(size.scrollTo).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.waitForTimeout(1000);
    const name = `${sc.id}-${size.name}-${String(i++).padStart(2, '0')}-${label}.png`;
    await page.screenshot({ path: path.join(dir, name) });
    const text = await page.locator('[data-testid=narration]').textContent();
    index.push(`${name}\tstop ${k}\t${text}`);
  }
}

async function main() {
  const only = process.argv.slice(2);
  const dir = path.join(ARTIFACTS, 'shots');
  fs.mkdirSync(dir, { recursive: true });
  const index = [];
  for (const size of SIZES) {
    const b = await openBrowser({ viewport: size.viewport });
    const errors = [];
    const page = await newPage(b, errors);
    await page.goto(b.url);
    await waitForRun(page);
    for (const sc of SCENARIOS.filter((s) => !only.length || only.includes(s.id)))
      await shoot(page, size, sc, dir, index);
    if (errors.length) index.push(`console errors (${size.name}): ${errors.join(' | ')}`);
    await b.close();
  }
  fs.writeFileSync(path.join(dir, 'index.txt'), index.join('\n') + '\n');
  console.log(index.join('\n'));
}

main().catch((e) => { console.error(e); process.exit(1); });
