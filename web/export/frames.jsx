// frames.js — the memory view at any event of a run, drawn off screen by the
// page's own Stage (no animation: a jump), finished and turned into an SVG
// with a caption (the step and its narration). The learner's view is not
// moved while frames are made.
import { render } from 'preact';
import { Stage } from '../components/Stage.jsx';
import { narrateStep } from '../view/narrate.js';
import { stageToSvg } from './svg.js';

// The stop index at or before event [n] of [stops].
function stopAt(stops, n) {
  let k = 0;
  while (k + 1 < stops.length && stops[k + 1] <= n) k++;
  return k;
}

function clip(text, max) {
  return text.length > max ? text.slice(0, max - 1) + '…' : text;
}

// The caption of event [n]: "Refscope · step k of N · event n of M" and the
// narration from the previous stop.
export function captionOf(run, n, width) {
  const k = stopAt(run.stops, n);
  const from = k > 0 && run.stops[k] === n ? run.stops[k - 1] : run.stops[k];
  const said = narrateStep(run.replay, from, n, run.stateAt) || '';
  return [`Refscope · CPython 3.11 · step ${k + 1} of ${run.stops.length} · event ${n} of ${run.replay.count}`,
          clip(said, Math.max(30, Math.floor(width / 6.6)))];
}

let host = null;

function offscreenHost() {
  if (host && host.isConnected) return host;
  host = document.createElement('div');
  host.className = 'export-host';
  host.setAttribute('aria-hidden', 'true');
  document.body.append(host);
  return host;
}

// {svg, width, height} of [run] at event [n] with display [opts].
export function frameSvg(run, n, opts) {
  const h = offscreenHost();
  const state = run.stateAt(n);
  render(<Stage run={run} state={state} prevN={n} opts={opts} />, h);
  const canvas = h.querySelector('.stage-canvas');
  for (const a of h.getAnimations({ subtree: true })) a.finish();
  const out = stageToSvg(canvas, captionOf(run, n, canvas.offsetWidth));
  return out;
}

// Removes the off-screen view (after a batch of frames).
export function clearFrames() {
  if (host) { render(null, host); host.remove(); host = null; }
}
