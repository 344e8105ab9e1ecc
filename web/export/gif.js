// gif.js — an animated GIF of a range of stops (gifenc: a palette of up to
// 256 colours per frame, loops forever). Frames come from frames.js, one per
// stop, [delayMs] apart; the last frame is held three times as long.
import { GIFEncoder, quantize, applyPalette } from 'gifenc';
import { frameSvg, clearFrames } from './frames.jsx';
import { svgToCanvas } from './raster.js';
import { MAX_FRAMES } from './limits.js';

export { MAX_FRAMES };

// [run] from state.js; stops [from..to] (indices, inclusive); [onProgress(i,
// total)] after each frame. Resolves with {bytes, width, height, frames}.
export async function encodeGif(run, from, to, { opts, delayMs = 900, scale = 1,
                                                   onProgress = () => {} } = {}) {
  const first = Math.max(0, Math.min(from, to));
  const last = Math.min(run.stops.length - 1, Math.max(from, to), first + MAX_FRAMES - 1);
  const gif = GIFEncoder();
  const canvas = document.createElement('canvas');
  let width = 0, height = 0;
  try {
    for (let k = first; k <= last; k++) {
      const f = frameSvg(run, run.stops[k], opts);
      await svgToCanvas(f.svg, f.width, f.height, scale, canvas);
      width = canvas.width; height = canvas.height;
      const { data } = canvas.getContext('2d').getImageData(0, 0, width, height);
      const palette = quantize(data, 256);
      const delay = k === last ? delayMs * 3 : delayMs;
      gif.writeFrame(applyPalette(data, palette), width, height, { palette, delay });
      onProgress(k - first + 1, last - first + 1);
      await new Promise((r) => setTimeout(r, 0));   // keep the page responsive
    }
  } finally {
    clearFrames();
  }
  gif.finish();
  return { bytes: gif.bytes(), width, height, frames: last - first + 1 };
}
