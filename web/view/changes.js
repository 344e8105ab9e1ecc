// changes.js — pure: what happened between two stops of the player, read
// from the trace events in between, so the memory view can animate it: freed
// nodes (in the order they were freed: the cascade), references the
// collector subtracted (they flash in order), objects it marked or moved (a
// wave in order). Also the per-run index of what each __del__ printed.

const WINDOW_CAP = 50000; // events scanned for one step's animation

// {serial -> text printed while its __del__ ran} for the whole run.
export function finalizerOutput(trace) {
  const K = trace.K;
  const out = new Map();
  const running = [];
  for (let i = 0; i < trace.count; i++) {
    const k = trace.kind(i);
    if (k === K.FINALIZE) running.push(trace.a(i));
    else if (k === K.FINALIZE_END) running.pop();
    else if (k === K.OUTPUT && running.length) {
      const who = running[running.length - 1];
      out.set(who, (out.get(who) || '') + trace.str(trace.a(i)));
    }
  }
  return out;
}

const WAVE_KINDS = ['GC_REACHABLE', 'GC_UNREACHABLE', 'GC_RESURRECTED',
  'GC_CLEAR', 'GC_MOVE', 'FINALIZE', 'WEAKREF_CLEAR', 'GC_REFS'];

// Changes from state [prevN] to state [n] (forward steps only; a backward or
// far jump animates nothing but the fade of what is no longer there).
export function stepChanges(trace, prevN, n) {
  const res = { freed: new Map(), flashes: new Map(), waves: new Map(),
                forward: n > prevN, events: 0 };
  if (!(n > prevN) || n - prevN > WINDOW_CAP) return res;
  const K = trace.K;
  const waveKinds = new Set(WAVE_KINDS.map((name) => K[name]));
  let order = 0;
  for (let i = prevN; i < n; i++) {
    const k = trace.kind(i);
    if (k === K.FREE) res.freed.set(trace.a(i), order++);
    else if (k === K.GC_SUBTRACT)
      res.flashes.set(`${trace.a(i)}>${trace.b(i)}`, order++);
    else if (waveKinds.has(k) && !res.waves.has(trace.a(i)))
      res.waves.set(trace.a(i), order++);
  }
  res.events = n - prevN;
  return res;
}

// The phases of the collection running at state [n], in the order the
// trace has them (handle_resurrected_objects runs three of them again), and
// the index of the current one (-1 before the first): {phases, index}, or
// null outside a collection.
export function collectionPhases(trace, n) {
  const K = trace.K;
  let begin = -1;
  for (let i = Math.min(n, trace.count) - 1; i >= 0; i--) {
    const k = trace.kind(i);
    if (k === K.GC_END) return null;
    if (k === K.GC_BEGIN) { begin = i; break; }
  }
  if (begin < 0) return null;
  const phases = [];
  let index = -1;
  for (let i = begin + 1; i < trace.count; i++) {
    const k = trace.kind(i);
    if (k === K.GC_END) break;
    if (k !== K.GC_PHASE) continue;
    const name = trace.enumName('gc_phase', trace.x8(i));
    if (name === 'done') continue;
    phases.push(name);
    if (i < n) index = phases.length - 1;
  }
  return { phases, index };
}
