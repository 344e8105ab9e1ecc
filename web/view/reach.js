// reach.js — which objects the program has had in hand: for each object, the
// first stop at which a frame's names reached it (through containers and
// instances, not into functions, classes or modules). The memory view draws
// an object nothing reaches any more (a cycle after `del`, an object a
// finalizer is about to resurrect) only if the program reached it before,
// so the interpreter's own objects (module dicts, import machinery) stay
// out. Walked once per run, stop by stop, as far as the player has gone.
import { pointersOf } from './scene.js';

const NOT_INTO = new Set(['TYPE', 'FUNCTION', 'MODULE', 'BUILTIN', 'CODE',
  'FRAME', 'MAPPINGPROXY']);
const MAX_WALK = 2000; // objects visited per stop
// Objects visited over a whole run: a run of very many stops (a loop of
// 100,000 iterations) is walked at every stride-th stop only, and at the
// stop asked for, so the index costs at most about this much.
const WALK_BUDGET = 4_000_000;

export class ReachIndex {
  constructor(replay, stops) {
    this.replay = replay;
    this.stops = stops;
    this.first = new Map(); // serial -> first n at which it was reached
    this.done = 0;          // stops walked
    this.stride = Math.max(1, Math.ceil(stops.length * MAX_WALK / WALK_BUDGET));
  }

  // True if the program reached [serial] at a stop at or before [n].
  seen(serial, n) {
    this._extendTo(n);
    const f = this.first.get(serial);
    return f !== undefined && f <= n;
  }

  _extendTo(n) {
    const stops = this.stops;
    while (this.done < stops.length && stops[this.done] <= n) {
      const last = this.done + 1 === stops.length || stops[this.done + 1] > n;
      if (last || this.done % this.stride === 0) this._walk(this.replay.state(stops[this.done]));
      this.done++;
    }
  }

  _walk(s) {
    const todo = [];
    for (const f of s.frames()) {
      if (!f || f.kind === 'library') continue;
      for (const [, target] of s.names(f.serial)) todo.push(target);
      if (f.returnValue) todo.push(f.returnValue);
    }
    const ex = s.exception;
    todo.push(ex.uncaught, ex.raised, ex.handled);
    const seen = new Set();
    while (todo.length && seen.size < MAX_WALK) {
      const serial = todo.pop();
      if (!serial || seen.has(serial)) continue;
      seen.add(serial);
      if (!this.first.has(serial)) this.first.set(serial, s.n);
      const o = s.object(serial);
      if (!o || NOT_INTO.has(o.layout)) continue;
      for (const [, target, key] of pointersOf(o)) {
        if (key) todo.push(key);
        if (target) todo.push(target);
      }
    }
  }
}
