// trace_bench_core.mjs — the trace benchmark itself, run by trace_bench.mjs
// in Node and in headless Chromium on the page's wasm module: record a
// program's trace in the VM, copy it out, decode it (web/trace/decoder.js)
// and replay it with checkpoints (web/trace/replay.js), then jump to random
// steps. Measures what issue 4 budgets: events per second, bytes per event,
// the 10,000-iteration `l.append([i])` loop fully traced, and a jump to any
// step of a 1,000,000-event trace. No DOM, no Node API: runs in both.
import { apiFromModule, schemaFromApi, decodeTrace } from '../web/trace/decoder.js';
import { Replay } from '../web/trace/replay.js';

export const LOOP = (n) => `l = []\nfor i in range(${n}):\n    l.append([i])\n`;

// Milliseconds of wall time; in Node, the process's CPU time as well (the
// machine is shared: CPU time is what a quiet machine's wall time would
// be, GC threads included).
const now = () => performance.now();
const hasCpu = typeof globalThis.process?.cpuUsage === 'function';
const cpu = () => {
  if (!hasCpu) return NaN;
  const u = globalThis.process.cpuUsage();
  return (u.user + u.system) / 1000;
};

// Records [source]'s trace in a fresh VM; returns the copied trace and the
// time spent in vm_run (making the VM is not counted: the page makes one
// ahead of time).
function record(mod, source, maxEvents) {
  const vm = mod._page_vm_new(0, maxEvents, 0, 0, 0);
  const len = mod.lengthBytesUTF8(source);
  const ptr = mod._malloc(len + 1);
  mod.stringToUTF8(source, ptr, len + 1);
  const t0 = now(), c0 = cpu();
  mod._vm_run(vm, ptr, len);
  const runMs = now() - t0, runCpuMs = cpu() - c0;
  const t1 = now();
  const records = mod.HEAPU8.slice(mod._vm_trace_data(vm),
    mod._vm_trace_data(vm) + mod._vm_trace_size(vm));
  const strings = mod.HEAPU8.slice(mod._vm_strings_data(vm),
    mod._vm_strings_data(vm) + mod._vm_strings_size(vm));
  const copyMs = now() - t1;
  mod._free(ptr);
  mod._vm_free(vm);
  return { records, strings, runMs, runCpuMs, copyMs };
}

// One program, fully traced: recorded, decoded, replayed (every event
// applied once: names, objects, pointers, refcounts, checkpoints).
function traceProgram(mod, schema, source, maxEvents) {
  const c0 = cpu();
  const r = record(mod, source, maxEvents);
  const t0 = now();
  const trace = decodeTrace(schema, r.records, r.strings);
  const decodeMs = now() - t0;
  const t1 = now(), c1 = cpu();
  const replay = new Replay(trace);
  const replayMs = now() - t1, replayCpuMs = cpu() - c1;
  const totalCpuMs = cpu() - c0;
  const events = trace.count;
  const totalMs = r.runMs + r.copyMs + decodeMs + replayMs;
  return {
    replay,
    stats: {
      events, lineSteps: replay.lineSteps.length,
      recordBytes: r.records.length, stringBytes: r.strings.length,
      bytesPerEvent: (r.records.length + r.strings.length) / events,
      runMs: r.runMs, copyMs: r.copyMs, decodeMs, replayMs, totalMs,
      runCpuMs: r.runCpuMs, replayCpuMs, totalCpuMs,
      recordEventsPerSec: events / (r.runMs / 1000),
      replayEventsPerSec: events / (replayMs / 1000),
      endToEndEventsPerSec: events / (totalMs / 1000),
    },
  };
}

// A deterministic sequence in [0, n] (the same jumps in every run).
function randomSteps(n, count) {
  let x = 123456789;
  const out = [];
  for (let i = 0; i < count; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out.push(x % (n + 1));
  }
  return out;
}

// Jumps to [count] random steps (each far from the last, so none reuses the
// working state) and reads what the page starts from: the frames and the
// innermost frame's names.
function jumps(replay, count) {
  const wall = [], cpus = [];
  for (const n of randomSteps(replay.count, count)) {
    const t0 = now(), c0 = cpu();
    const s = replay.state(n);
    const frames = s.frames();
    if (frames.length) s.names(frames[frames.length - 1].serial);
    wall.push(now() - t0);
    cpus.push(cpu() - c0);
  }
  const stats = (xs) => {
    xs.sort((a, b) => a - b);
    const at = (q) => xs[Math.min(xs.length - 1, Math.floor(q * xs.length))];
    return { median: at(0.5), p99: at(0.99), max: xs[xs.length - 1] };
  };
  const w = stats(wall), c = stats(cpus);
  return { count, medianMs: w.median, p99Ms: w.p99, maxMs: w.max,
           cpuMedianMs: c.median, cpuP99Ms: c.p99, cpuMaxMs: c.max,
           checkpointEvery: replay.checkpointEvery };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// Runs every measure [runs] times; the median of each figure.
export async function runBench(createRefscope, { runs = 5, log = () => {} } = {}) {
  const mod = await createRefscope();
  const schema = schemaFromApi(apiFromModule(mod));
  const loops = [];
  for (let k = 0; k < runs; k++) {
    loops.push(traceProgram(mod, schema, LOOP(10000), 0).stats);
    log(`loop 10000: run ${k + 1}/${runs}`);
  }
  const pick = (rows) => Object.fromEntries(Object.keys(rows[0]).map((key) =>
    [key, median(rows.map((r) => r[key]))]));
  // About 1,000,000 events (the loop makes ~34 per iteration, GC included).
  const big = traceProgram(mod, schema, LOOP(30000), 0);
  log(`big trace: ${big.stats.events} events`);
  const jump = jumps(big.replay, 200);
  // A trace cut by the event budget still replays: a partial trace.
  const cut = traceProgram(mod, schema, LOOP(30000), 100000);
  const last = cut.replay.state(cut.replay.count);
  return {
    traceVersion: schema.version,
    loop10000: pick(loops),
    million: big.stats,
    jumps: jump,
    partial: { events: cut.stats.events, limit: last.limit, end: last.end },
  };
}
