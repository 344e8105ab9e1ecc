// state.js — the page's state as signals: the source being edited, the
// loaded run (its replay and the stops of the player), the cursor (events
// applied), playback and display options. Components read these; only the
// functions in player.js and the toolbar write them.
import { signal, computed } from '@preact/signals';
import { load, save } from './storage.js';

export const source = signal('');
export const exampleId = signal(null);     // the example loaded, if unchanged
export const notice = signal('');          // one-line message under the toolbar

// The loaded run: null before the first one.
// { result, replay, trace, stops: Int32Array, finalizers: Map, error }
export const run = signal(null);
export const running = signal(false);
export const runningLong = signal(false);   // running for over 300 ms: Stop shows
export const cursor = signal(0);           // events applied (replay.state(n))
export const previous = signal(0);         // the cursor before the last move
export const moveKind = signal('jump');    // 'step': one stop or event; 'jump'
export const playing = signal(false);
export const speed = signal(Number(load('refscope.speed', '1')) || 1);

export const sharedAtoms = signal(load('refscope.shared', '1') !== '0');
export const theme = signal(load('refscope.theme', 'system'));
// Long containers the learner opened (scene.js shows all their slots), for
// the run with serial [run].
export const expanded = signal({ run: 0, serials: new Set() });

export const state = computed(() => {
  const r = run.value;
  return r && r.replay ? r.stateAt(cursor.value) : null;
});

// Index of the stop at or before the cursor (-1 before the first).
export const stopIndex = computed(() => {
  const r = run.value;
  if (!r) return -1;
  const s = r.stops, n = cursor.value;
  let lo = 0, hi = s.length - 1, best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (s[mid] <= n) { best = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return best;
});

// Opens or closes long container [serial] of the loaded run.
export function toggleExpanded(serial) {
  const r = run.value ? run.value.serial : 0;
  const serials = new Set(expanded.value.run === r ? expanded.value.serials : []);
  if (!serials.delete(serial)) serials.add(serial);
  expanded.value = { run: r, serials };
}

// The serials opened in the loaded run.
export const expandedNow = computed(() => {
  const e = expanded.value;
  return run.value && e.run === run.value.serial ? e.serials : new Set();
});

export function setOption(sig, key, value) {
  sig.value = value;
  save(key, String(typeof value === 'boolean' ? Number(value) : value));
}
