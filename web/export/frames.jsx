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

// [text] in lines of at most [max] characters (at most [lines] of them).
function wrap(text, max, lines) {
  const out = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) { out.push(line); line = ''; }
    line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  if (out.length > lines) out.splice(lines - 1, out.length, `${out[lines - 1].slice(0, max - 1)}…`);
  return out.map((l) => (l.length > max ? `${l.slice(0, max - 1)}…` : l));
}

// The caption of event [n] for a view [width] px wide: "Refscope · step k
// of N · event n", then the narration from the previous stop (two lines,
// blank if shorter).
export function captionOf(run, n, width) {
  const k = stopAt(run.stops, n);
  const from = k > 0 && run.stops[k] === n ? run.stops[k - 1] : run.stops[k];
  const said = narrateStep(run.replay, from, n, run.stateAt) || '';
  const max = Math.max(30, Math.floor(width / 6.8));
  const lines = [...wrap(`Refscope · step ${k + 1} of ${run.stops.length} · event ${n}`,
                          Math.floor(max * 0.85), 1), ...wrap(said, max, 2)];
  while (lines.length < 3) lines.push('');     // every frame of a GIF the same height
  return lines;
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
