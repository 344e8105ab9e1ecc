import { openBrowser, newPage } from './browser.mjs';
import { waitForRun } from './check.mjs';
const b = await openBrowser({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
const page = await newPage(b);
await page.goto(b.url);
await waitForRun(page);
const ids = await page.evaluate(() => [...document.querySelectorAll('.examples select option')].map((o) => o.value).filter((v) => v && !v.startsWith('__')));
for (const id of ids) {
  const before = await page.evaluate(() => Number(document.querySelector('.app').dataset.run));
  await page.selectOption('.examples select', id);
  await waitForRun(page, before);
  let maxW = 0, pageW = 0;
  const n = await page.evaluate(() => globalThis.__refscope.state.run.value.stops.length);
  for (let k = 0; k < n; k += Math.max(1, Math.floor(n / 12))) {
    const r = await page.evaluate((k) => { globalThis.__refscope.player.gotoStop(k);
      return new Promise((res) => requestAnimationFrame(() => res([document.querySelector('.stage-canvas')?.offsetWidth || 0, document.documentElement.scrollWidth, document.querySelector('.stage').clientWidth]))); }, k);
    maxW = Math.max(maxW, r[0]); pageW = Math.max(pageW, r[1]);
    if (k === 0) console.log('stage client', r[2]);
  }
  console.log(id, 'canvas', maxW, 'page scrollWidth', pageW);
}
await b.close();
