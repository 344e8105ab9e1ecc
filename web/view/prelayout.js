// prelayout.js — places the nodes of a run's first stops in program order,
// so that where a node sits does not depend on where the learner jumps
// first. Two passes: the largest size and the drawn span of each node, then
// the places. Two nodes share a place only if they are never drawn at the
// same stop (nor one fading out while the other appears), which keeps the
// view compact: an object the view stopped drawing gives its room back.
import { buildScene } from './scene.js';
import { Layout } from './layout.js';

export const PRELAYOUT_STOPS = 400;

// serial -> [from, to): from the stop a node is first drawn to the stop
// after the one it is last drawn at (it fades out there), in event indexes.
// A node still drawn at the last stop looked at, or alive after it when not
// every stop was looked at, keeps its place for ever.
function drawnSpans(r, scenes) {
  const first = new Map(), last = new Map();
  scenes.forEach(([, scene], k) => {
    for (const o of scene.objects) {
      if (!first.has(o.serial)) first.set(o.serial, k);
      last.set(o.serial, k);
    }
  });
  const n = scenes.length;
  const complete = n === r.stops.length;
  const endOfWindow = r.stops[n - 1];
  const spans = new Map();
  for (const [serial, k0] of first) {
    const k1 = last.get(serial);
    const life = r.replay.lifetime(serial);
    const aliveAfter = !life || life.free < 0 || life.free > endOfWindow;
    const forever = k1 === n - 1 || (!complete && aliveAfter);
    spans.set(serial, [r.stops[k0], forever ? Infinity : r.stops[k1 + 1] + 1]);
  }
  return spans;
}

// [r]: {replay, stops, reach}; [opts]: the scene options.
export function prelayout(r, opts) {
  const n = Math.min(r.stops.length, PRELAYOUT_STOPS);
  const scenes = [];
  for (let k = 0; k < n; k++) {
    const s = r.replay.state(r.stops[k]);
    scenes.push([s, buildScene(s, opts, r.reach)]);
  }
  const spans = drawnSpans(r, scenes);
  const layout = new Layout((serial) => spans.get(serial) || null);
  for (const [, scene] of scenes) layout.noteSizes(scene);
  for (const [, scene] of scenes) layout.place(scene);
  return layout;
}
