// prelayout.js — places the nodes of a run's first stops in program order,
// so that where a node sits does not depend on where the learner jumps
// first. Two passes: the largest size of each node, then the places.
import { buildScene } from './scene.js';
import { Layout } from './layout.js';

export const PRELAYOUT_STOPS = 400;

// [r]: {replay, stops, reach}; [opts]: the scene options.
export function prelayout(r, opts) {
  const layout = new Layout((serial) => r.replay.lifetime(serial));
  const n = Math.min(r.stops.length, PRELAYOUT_STOPS);
  const scenes = [];
  for (let k = 0; k < n; k++) {
    const s = r.replay.state(r.stops[k]);
    const scene = buildScene(s, opts, r.reach);
    layout.noteSizes(scene);
    scenes.push([s, scene]);
  }
  for (const [, scene] of scenes) layout.place(scene);
  return layout;
}
