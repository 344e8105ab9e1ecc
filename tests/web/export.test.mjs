// export.test.mjs — the Export dialog in Chromium (issue 6): the memory view
// at the cursor as SVG and PNG, a range of steps as an animated GIF; each
// file is downloaded, non-empty, and has the dimensions of the drawn view
// (PNG at 2x); the SVG carries code strings as text, never as markup.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { openBrowser, newPage, artifact } from './browser.mjs';
import { serveSite, waitForPlayer, downloadOf } from './share-site.mjs';
import { encodeFragment } from '../../web/share/codec.js';

let b, site, page, step;
const errors = [];
const CODE = [
  'import gc', 'class Node:', '    def __init__(self, name):', '        self.name = name',
  '        self.other = None', 'a = Node("<b>a</b>")', 'b = Node("b")', 'a.other = b',
  'b.other = a', 'del a, b', 'print(gc.collect())', '',
].join('\n');

before(async () => {
  b = await openBrowser();
  site = await serveSite();
  page = await newPage(b, errors);
  await page.goto(`${site.app}#${encodeFragment({ code: CODE })}`);
  await waitForPlayer(page);
  step = await page.evaluate(() => {        // the stop where `del a, b` is next
    const { state, player } = globalThis.__refscope;
    const r = state.run.value;
    for (let k = 0; k < r.stops.length; k++) {
      const s = r.stateAt(r.stops[k]);
      const f = s.stack.length ? s.frame(s.stack[0]) : null;
      if (f && f.line === 10 && !s.gc.collecting) { player.gotoStop(k); return k + 1; }
    }
    return -1;
  });
  assert.ok(step > 0);
});

after(async () => { await b?.close(); site?.close(); });

const button = (name) => page.getByRole('button', { name, exact: true });
const stageSize = () => page.evaluate(() => {
  const c = document.querySelector('.stage-canvas');
  return { w: c.offsetWidth, h: c.offsetHeight };
});

async function openExport() {
  if (!(await page.locator('#export-dialog[open]').count())) await button('Export').click();
}

async function exportFile(name) {
  await openExport();
  const file = await downloadOf(page, () => button(name).click());
  await page.waitForFunction(() => /^Saved /.test(document.querySelector('[data-testid=export-status]').textContent));
  const made = await page.evaluate(() => window.__refscopeExport);
  fs.writeFileSync(artifact(`export-${file.name}`), file.bytes);
  console.log(`# ${file.name}: ${made.width}x${made.height}, ${file.bytes.length} bytes, ${made.ms} ms`);
  return { ...file, made };
}

test('SVG of the view at the cursor: the drawn view plus a caption, text as text', async () => {
  const { w, h } = await stageSize();
  const { name, bytes, made } = await exportFile('SVG');
  assert.equal(name, `refscope-step-${step}.svg`);
  const svg = bytes.toString('utf8');
  const m = svg.match(/^<svg [^>]*width="(\d+)" height="(\d+)"/);
  assert.ok(m, svg.slice(0, 200));
  assert.equal(Number(m[1]), w);
  assert.ok(Number(m[2]) > h && Number(m[2]) <= h + 70, `height ${m[2]} for a view of ${h}`);
  assert.deepEqual([made.width, made.height], [Number(m[1]), Number(m[2])]);
  assert.match(svg, new RegExp(`step ${step} of \\d+`));
  assert.match(svg, />Node</);
  assert.match(svg, />module \(globals\)</);
  assert.match(svg, /&lt;b&gt;a&lt;\/b&gt;/);          // the string value, escaped
  assert.doesNotMatch(svg, /<b>|class="|aria-/);
  assert.ok(bytes.length > 2000);
});

test('PNG of the view at the cursor: twice the SVG size, not blank', async () => {
  const { w, h } = await stageSize();
  const { bytes, made } = await exportFile('PNG (2×)');
  assert.equal(bytes.subarray(1, 4).toString(), 'PNG');
  const width = bytes.readUInt32BE(16), height = bytes.readUInt32BE(20);
  assert.equal(width, 2 * w);
  assert.ok(height > 2 * h && height === made.height, `height ${height}`);
  assert.ok(bytes.length > 10000, `${bytes.length} bytes`);
  const colours = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width; c.height = img.height;
    const ctx = c.getContext('2d');
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    const seen = new Set();
    for (let i = 0; i < d.length; i += 4 * 97) seen.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
    return seen.size;
  }, bytes.toString('base64'));
  assert.ok(colours > 10, `${colours} colours`);
});

test('an animated GIF of steps 2 to 9: one frame per step, the view\'s size', async () => {
  const { w } = await stageSize();
  const before = await page.evaluate(() => globalThis.__refscope.state.cursor.value);
  await openExport();
  const inputs = page.locator('.export-gif input[type=number]');
  await inputs.nth(0).fill('2');
  await inputs.nth(1).fill('9');
  const { bytes, made } = await exportFile('GIF');
  assert.equal(bytes.subarray(0, 6).toString(), 'GIF89a');
  assert.equal(bytes.readUInt16LE(6), w);
  assert.equal(bytes.readUInt16LE(8), made.height);
  assert.equal(made.frames, 8);
  let frames = 0;                       // graphic control extensions: one per frame
  for (let i = 0; i + 2 < bytes.length; i++) if (bytes[i] === 0x21 && bytes[i + 1] === 0xf9 && bytes[i + 2] === 4) frames++;
  assert.equal(frames, 8);
  assert.equal(await page.evaluate(() => globalThis.__refscope.state.cursor.value), before);
  assert.equal(await page.locator('.export-host').count(), 0);
  await page.screenshot({ path: artifact('export-dialog.png') });
  assert.deepEqual(errors, []);
});
