// actions.js — what the Export menu does: the view at the cursor as SVG or
// PNG, a range of stops as an animated GIF, each saved as a download named
// refscope-step-N.ext. Returns what was made (for the status line and tests).
import { frameSvg, clearFrames } from './frames.jsx';
import { svgToCanvas, canvasToBlob } from './raster.js';
import { encodeGif } from './gif.js';

// Saves [blob] as [name] through a temporary link (a download, no navigation).
export function download(blob, name) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

function info(blob, name, width, height, t0, extra = {}) {
  return { name, bytes: blob.size, width, height, ms: Math.round(performance.now() - t0), ...extra };
}

export async function exportSvg(run, n, opts, step) {
  const t0 = performance.now();
  const f = frameSvg(run, n, opts);
  clearFrames();
  const blob = new Blob([f.svg], { type: 'image/svg+xml' });
  const name = `refscope-step-${step}.svg`;
  download(blob, name);
  return info(blob, name, f.width, f.height, t0);
}

export async function exportPng(run, n, opts, step, scale = 2) {
  const t0 = performance.now();
  const f = frameSvg(run, n, opts);
  clearFrames();
  const blob = await canvasToBlob(await svgToCanvas(f.svg, f.width, f.height, scale));
  const name = `refscope-step-${step}.png`;
  download(blob, name);
  return info(blob, name, Math.round(f.width * scale), Math.round(f.height * scale), t0);
}

// Stops [from..to] as 0-based indices.
export async function exportGif(run, from, to, options) {
  const t0 = performance.now();
  const g = await encodeGif(run, from, to, options);
  const blob = new Blob([g.bytes], { type: 'image/gif' });
  const name = `refscope-steps-${from + 1}-${to + 1}.gif`;
  download(blob, name);
  return info(blob, name, g.width, g.height, t0, { frames: g.frames });
}
