// trace_bench.mjs — the trace's budgets (issue 4), measured on the page's
// wasm module (build-wasm/, made by web/build.sh) in Node and in headless
// Chromium, median of 5 runs (bench/trace_bench_core.mjs):
//   bytes per event (target <= 16), events per second (recording, replay),
//   the 10,000-iteration `l.append([i])` loop fully traced   < 100 ms
//   a jump to any step of a 1,000,000-event trace             < 16 ms
// Usage: node bench/trace_bench.mjs [--node-only]
// Writes bench/results/trace_bench.json; prints a summary.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runBench } from './trace_bench_core.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WASM_DIR = path.resolve(ROOT, process.env.REFSCOPE_WASM_DIR || 'build-wasm');

async function inNode() {
  const url = pathToFileURL(path.join(WASM_DIR, 'refscope.mjs')).href;
  const { default: createRefscope } = await import(url);
  return runBench(createRefscope, { log: (m) => console.error(`node: ${m}`) });
}

async function inChromium() {
  const { chromium } = await import('playwright-core');
  const { serve } = await import('../web/build/serve.mjs');
  const server = await serve(ROOT, 0);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage();
    const port = server.address().port;
    await page.goto(`http://127.0.0.1:${port}/bench/trace_bench.html`);
    await page.waitForFunction(() => window.benchResult || window.benchError,
                               null, { timeout: 600000 });
    const error = await page.evaluate(() => window.benchError);
    if (error) throw new Error(error);
    return await page.evaluate(() => window.benchResult);
  } finally {
    await browser.close();
    server.close();
  }
}

function summary(name, r) {
  const f = (x, d = 1) => Number(x).toFixed(d);
  const l = r.loop10000, m = r.million, j = r.jumps;
  const cpu = Number.isFinite(l.totalCpuMs)
    ? `; CPU time ${f(l.totalCpuMs)} ms (record ${f(l.runCpuMs)}, replay ` +
      `${f(l.replayCpuMs)})` : '';
  const jcpu = Number.isFinite(j.cpuMedianMs)
    ? `; CPU time median ${f(j.cpuMedianMs, 2)}, p99 ${f(j.cpuP99Ms, 2)}, max ` +
      `${f(j.cpuMaxMs, 2)} ms` : '';
  return [
    `${name}: loop of 10,000 appends fully traced in ${f(l.totalMs)} ms ` +
      `(record ${f(l.runMs)}, copy ${f(l.copyMs)}, decode ${f(l.decodeMs)}, ` +
      `replay ${f(l.replayMs)})${cpu}; ${l.events} events, ${l.lineSteps} line steps`,
    `${name}: ${f(l.bytesPerEvent, 2)} bytes/event (records + strings); ` +
      `recording ${f(l.recordEventsPerSec / 1e6, 2)} M events/s, replay ` +
      `${f(l.replayEventsPerSec / 1e6, 2)} M events/s, end to end ` +
      `${f(l.endToEndEventsPerSec / 1e6, 2)} M events/s`,
    `${name}: ${m.events} events traced in ${f(m.totalMs)} ms; ${j.count} random ` +
      `jumps: median ${f(j.medianMs, 2)} ms, p99 ${f(j.p99Ms, 2)} ms, max ` +
      `${f(j.maxMs, 2)} ms${jcpu} (checkpoint every ${j.checkpointEvery} events)`,
    `${name}: budget of 100,000 events: ${r.partial.events} events, ends with ` +
      `LIMIT ${JSON.stringify(r.partial.limit && r.partial.limit.name)} and END ` +
      `${JSON.stringify(r.partial.end)}`,
  ].join('\n');
}

const load = () => os.loadavg().map((x) => x.toFixed(2)).join(' ');
const loadBefore = load();
const results = { node: await inNode() };
console.log(summary('node', results.node));
if (!process.argv.includes('--node-only')) {
  try {
    results.chromium = await inChromium();
    console.log(summary('chromium', results.chromium));
  } catch (e) {
    results.chromium = { error: String(e.message || e) };
    console.log(`chromium: not measured (${results.chromium.error.split('\n')[0]})`);
  }
}
results.loadAverage = { before: loadBefore, after: load(), cpus: os.cpus().length };
console.log(`load average (1, 5, 15 min) before: ${loadBefore}, after: ` +
            `${results.loadAverage.after} (${results.loadAverage.cpus} CPUs)`);
const out = path.join(ROOT, 'bench', 'results', 'trace_bench.json');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, JSON.stringify(results, null, 2) + '\n');
console.log(`written: ${path.relative(ROOT, out)}`);
