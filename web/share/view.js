// view.js — the view as a share fragment and back, for the page and the
// embed alike: the fragment of what is shown now (codec.js), and moving the
// cursor to the step a link names once its run is loaded.
import { batch } from '@preact/signals';
import { source, run, cursor, previous, moveKind, stopIndex, sharedAtoms,
         playing } from '../state.js';
import { encodeFragment } from './codec.js';

let startTrace = null;     // the trace version the worker announced

export function setStartTrace(schema) { startTrace = schema?.version ?? null; }

// The trace format version of the loaded run (else the worker's).
export function traceVersion() {
  return run.value?.trace?.schema.version ?? startTrace;
}

// The fragment for the view now: the code, the step and event of the
// cursor (unless [atStep] is false: then the link opens at the start), the
// options.
export function currentFragment({ atStep = true } = {}) {
  const r = run.value;
  const here = r && atStep;
  return encodeFragment({
    code: source.value, trace: traceVersion(), atoms: sharedAtoms.value,
    step: here ? Math.max(0, stopIndex.value) + 1 : null, event: here ? cursor.value : null,
  });
}

// The cursor to event [n], without animation.
export function jumpTo(n) {
  const r = run.value;
  if (!r || !r.replay) return;
  batch(() => {
    playing.value = false;
    previous.value = n;
    moveKind.value = 'jump';
    cursor.value = Math.max(0, Math.min(r.replay.count, n));
  });
}

// Moves to the step a decoded [link] names: its exact event when the trace
// format is the same, else its step number. Returns a sentence when the
// formats differ ('' otherwise).
export function applyLinkStep(link) {
  const r = run.value;
  if (!link || !r || !r.replay) return '';
  const same = link.trace === null || link.trace === traceVersion();
  if (link.event !== null && same) jumpTo(link.event);
  else if (link.step !== null) jumpTo(r.stops[Math.max(1, Math.min(r.stops.length, link.step)) - 1]);
  return same ? '' : ` It was made with trace format ${link.trace}; this page uses ` +
    `${traceVersion()}, so it opens at step ${link.step ?? 1}.`;
}
