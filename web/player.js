// player.js — runs the source in the worker, turns the result into a replay
// (web/trace), and moves the cursor: by line, by event, to a stop, and in
// timed playback. The stops are the replay's line steps plus the phase
// boundaries of each garbage collection.
import { batch } from '@preact/signals';
import { schemaFromJSON, decodeTrace } from './trace/decoder.js';
import { Replay } from './trace/replay.js';
import { RuntimeClient, mark } from './worker/client.js';
import { finalizerOutput } from './view/changes.js';
import { ReachIndex } from './view/reach.js';
import { stateCache } from './view/states.js';
import { run, running, runningLong, cursor, previous, playing, speed, stopIndex,
         source, moveKind } from './state.js';

let client = null;
let runSerial = 0;
let runsStarted = 0;

// [options]: {budgetMs, limits} for the RuntimeClient (tests change them
// with ?budget= and ?steps=; main.jsx).
export function startRuntime(workerUrl, options) {
  client = new RuntimeClient(workerUrl, options);
  return client.ready;
}

// Resolves once the worker has its wasm module (so the module's file has
// been downloaded whole: share/offline.js waits for it).
export function runtimeReady() {
  return client ? client.ready : Promise.reject(new Error('no runtime'));
}

// The stops of [replay]: 0, its line steps, and in each collection its
// start, the end of each phase (the state just before the next GC_PHASE, so
// a stop shows what its phase did) and its end. An automatic collection
// that finds nothing unreachable gets only its start and its end (stepping
// by event still shows every phase).
export function stopsOf(replay) {
  const t = replay.trace;
  const K = t.K;
  const all = [0, ...replay.lineSteps, replay.count];
  let phases = [], detailed = false;
  for (let i = 0; i < t.count; i++) {
    const k = t.kind(i);
    if (k === K.GC_BEGIN) {
      all.push(i + 1);
      phases = [];
      // gc.collect() or the shutdown's collection (GC_BEGIN.trigger)
      detailed = t.enumName('gc_trigger', t.x16(i)) !== 'automatic';
    } else if (k === K.GC_UNREACHABLE) detailed = true;
    else if (k === K.GC_PHASE) phases.push(i);
    else if (k === K.GC_END) {
      // (The first GC_PHASE ends nothing: the start's stop shows that.)
      if (detailed) all.push(...phases.slice(1), i);
      all.push(i + 1);
    }
  }
  all.sort((a, b) => a - b);
  return Int32Array.from(all.filter((v, i) => i === 0 || v !== all[i - 1]));
}

// Builds the loaded run from a worker result.
export function loadResult(result) {
  let replay = null, trace = null;
  if (result.records.byteLength > 0) {
    trace = decodeTrace(schemaFromJSON(client.schema), result.records,
                        result.strings);
    replay = new Replay(trace);
  }
  const stops = replay ? stopsOf(replay) : Int32Array.of(0);
  const finalizers = trace ? finalizerOutput(trace) : new Map();
  const first = replay && replay.lineSteps.length ? replay.lineSteps[0] : 0;
  batch(() => {
    playing.value = false;
    run.value = { result, replay, trace, stops, finalizers, serial: ++runSerial,
                  reach: replay ? new ReachIndex(replay, stops) : null,
                  stateAt: replay ? stateCache(replay) : null };
    previous.value = first;
    cursor.value = first;
  });
}

// Runs the editor's source; a newer run replaces one still going.
export async function runSource() {
  if (!client) return;
  const mine = ++runsStarted;
  running.value = true;
  const long = setTimeout(() => { runningLong.value = true; }, 300);
  try {
    const result = await client.run(source.value);
    if (result.status === 'cancelled') return;
    mark('refscope:result');
    loadResult(result);
    mark('refscope:replayed');
  } catch (err) {
    loadResult({ status: 'failed', exitCode: 1, stdout: '',
                 stderr: `Refscope could not run this: ${err.message}\n`,
                 error: null, limit: null, records: new ArrayBuffer(0),
                 strings: new ArrayBuffer(1), ms: 0 });
  } finally {
    clearTimeout(long);
    if (mine === runsStarted) {
      running.value = false;
      runningLong.value = false;
    }
  }
}

// Stops the run in progress (its partial trace is shown).
export function stopRun() {
  if (client) client.stop();
}

// [kind]: 'step' (one stop or event: the view animates what changed) or
// 'jump' (the view just shows the new state).
function moveTo(n, kind = 'jump') {
  const r = run.value;
  if (!r || !r.replay) return;
  n = Math.max(0, Math.min(r.replay.count, n));
  batch(() => {
    previous.value = cursor.value;
    moveKind.value = kind;
    cursor.value = n;
  });
}

// One stop forward (+1) or back (-1).
export function stepStop(dir) {
  const r = run.value;
  if (!r) return;
  const i = stopIndex.value;
  const at = r.stops[i] === cursor.value;
  const k = dir > 0 ? i + 1 : (at ? i - 1 : i);
  if (k >= 0 && k < r.stops.length) moveTo(r.stops[k], 'step');
}

// One event forward or back, skipping announcements that change nothing.
export function stepEvent(dir) {
  const r = run.value;
  if (!r || !r.replay) return;
  let n = cursor.value + dir;
  while (n > 0 && n < r.replay.count && r.replay.isQuiet(n - 1)) n += dir;
  moveTo(n, 'step');
}

export function gotoStop(k) {
  const r = run.value;
  if (r && k >= 0 && k < r.stops.length) moveTo(r.stops[k]);
}

export function toStart() { gotoStop(0); }

// Past the collection in progress: to the first stop after its GC_END.
export function skipCollection() {
  const r = run.value;
  if (!r || !r.replay) return;
  const t = r.trace;
  for (let i = cursor.value; i < t.count; i++) {
    if (t.kind(i) === t.K.GC_END) { moveTo(i + 1, 'step'); return; }
  }
}
export function toEnd() {
  const r = run.value;
  if (r) gotoStop(r.stops.length - 1);
}

let timer = null;

// Milliseconds between two stops at speed [s] (0.25x .. 4x).
export function delayFor(s) { return Math.round(900 / s); }

function tick() {
  const r = run.value;
  if (!playing.value || !r) return;
  if (stopIndex.value >= r.stops.length - 1) {
    playing.value = false;
    return;
  }
  stepStop(1);
  timer = setTimeout(tick, delayFor(speed.value));
}

export function togglePlay() {
  const r = run.value;
  if (!r) return;
  clearTimeout(timer);
  if (playing.value) {
    playing.value = false;
    return;
  }
  if (stopIndex.value >= r.stops.length - 1) toStart();
  playing.value = true;
  timer = setTimeout(tick, 60);
}
