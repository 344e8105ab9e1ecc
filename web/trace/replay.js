// replay.js — folds a decoded trace (decoder.js) into states the page draws,
// without recomputing anything the VM knows. States are persistent: the
// working state copies a chunk of the object tables or a container the
// first time it writes to it after a snapshot (epochs), so a snapshot costs
// O(1) and checkpoints every `checkpointEvery` events let state(n) apply at
// most that many events. Contract: web/trace/STATE.md.
import { applyTable, emptyTable, infoArena, infoOf, liveSerials,
  numberArena, objectOf } from './apply.js';

// Event kinds that make a line step, by name.
const STEP_KINDS = { LINE: 'line', RETURN: 'return', EXC_UNCAUGHT: 'uncaught',
                     END: 'end' };
const GC_STEP_KINDS = new Set(['GC_BEGIN', 'GC_PHASE', 'GC_END']);
const QUIET_KINDS = new Set(['OBJECT', 'TYPE', 'VALUE', 'NAME', 'GC_COUNTS']);

let epochCounter = 0;

// The working data: every shared structure carries the epoch that owns it
// (apply.js writes through it). One class, so that every copy has the
// same shape.
class Data {
  constructor(src, epoch, events) {
    this.epoch = epoch;
    if (!src) {
      this.n = 0;
      this.nums = numberArena(events); // shared by every state of a replay
      this.infos = infoArena(events);
      this.nc = emptyTable(epoch);     // objects' numbers (apply.js)
      this.pc = emptyTable(epoch);     // objects' pointers
      this.frames = new Map();
      this.framesE = epoch;
      this.stack = [];
      this.stackE = epoch;
      this.gc = { enabled: true, threshold: [700, 10, 10], collecting: null,
                  last: null };
      this.ic = emptyTable(epoch);     // GC info (apply.js)
      this.curFrame = 0;               // the last LINE event
      this.curLine = 0;
      this.c0 = this.c1 = this.c2 = 0; // gc.get_count() (GC_COUNTS)
      this.exception = { raised: 0, caught: 0, handled: 0, uncaught: 0 };
      this.outN = 0;
      this.limit = null;
      this.end = null;
      return;
    }
    this.n = src.n;
    this.nums = src.nums;
    this.infos = src.infos;
    this.nc = src.nc;
    this.pc = src.pc;
    this.frames = src.frames;
    this.framesE = src.framesE;
    this.stack = src.stack;
    this.stackE = src.stackE;
    this.gc = src.gc;
    this.ic = src.ic;
    this.curFrame = src.curFrame;
    this.curLine = src.curLine;
    this.c0 = src.c0;
    this.c1 = src.c1;
    this.c2 = src.c2;
    this.exception = src.exception;
    this.outN = src.outN;
    this.limit = src.limit;
    this.end = src.end;
  }
}

function emptyData(events) {
  return new Data(null, ++epochCounter, events);
}

// A new working data sharing everything with [d] (a frozen snapshot).
function thaw(d) {
  return new Data(d, ++epochCounter);
}

// [a] made long enough to hold [index] (new places -1).
function grown(a, index) {
  let len = a.length;
  while (len <= index) len *= 2;
  const bigger = new Int32Array(len).fill(-1);
  bigger.set(a);
  return bigger;
}

export class Replay {
  constructor(trace, { checkpointEvery = 4096 } = {}) {
    this.trace = trace;
    this.count = trace.count;
    this.checkpointEvery = checkpointEvery;
    this.handlers = applyTable(trace);
    this.outPieces = [];        // [stream, text] of each OUTPUT, in order
    this.outCache = new Map();
    this.allocAt = new Int32Array(1024).fill(-1);
    this.freeAt = new Int32Array(1024).fill(-1);
    this.quiet = new Uint8Array(trace.schema.events.length);
    this.stepOf = trace.schema.events.map((e) => STEP_KINDS[e.name] ||
      (GC_STEP_KINDS.has(e.name) ? 'gc' : null));
    trace.schema.events.forEach((e, k) => {
      if (QUIET_KINDS.has(e.name)) this.quiet[k] = 1;
    });
    this.checkpoints = [];
    this.lineSteps = this._firstPass();
    this.w = null;
  }

  // Applies every event once: checkpoints, line steps, lifetimes, output.
  _firstPass() {
    const steps = [];
    const w = emptyData(this.count);
    let d = w;
    const K = this.checkpointEvery;
    for (let i = 0; i < this.count; i++) {
      if (i % K === 0) {
        this.checkpoints.push(d);
        d = thaw(d);
      }
      this._apply(d, i);
      if (this._isLineStep(d, i)) steps.push(i + 1);
    }
    if (this.count % K === 0) this.checkpoints.push(d);
    w.nums.frozen = w.infos.frozen = true; // later copies: arrays of their own
    return Int32Array.from(steps);
  }

  _isLineStep(d, i) {
    const t = this.trace;
    const kind = this.stepOf[t.kind(i)];
    if (kind === 'line' || kind === 'return') {
      const f = d.frames.get(t.a(i));
      return !!f && f.kind !== 'library';
    }
    return kind === 'uncaught' || kind === 'end';
  }

  _apply(d, i) {
    const t = this.trace;
    const w = t.words, p = i << 2;
    const h = this.handlers[w[p] & 0xff];
    if (h) h(d, this, (w[p] >>> 8) & 0xff, w[p] >>> 16, w[p + 1], w[p + 2],
             w[p + 3], i);
    d.n = i + 1;
  }

  // Records an object's birth or death (first pass only).
  _born(serial, i) {
    if (serial >= this.allocAt.length) this.allocAt = grown(this.allocAt, serial);
    if (this.allocAt[serial] === -1) this.allocAt[serial] = i;
  }

  _died(serial, i) {
    if (serial >= this.freeAt.length) this.freeAt = grown(this.freeAt, serial);
    if (this.freeAt[serial] === -1) this.freeAt[serial] = i;
  }

  // The state after the first n events.
  state(n) {
    n = Math.max(0, Math.min(this.count, n | 0));
    const K = this.checkpointEvery;
    let w = this.w;
    if (!w || w.n > n || n - w.n > K) {
      w = thaw(this.checkpoints[Math.floor(n / K)]);
    }
    for (let i = w.n; i < n; i++) this._apply(w, i);
    const snapshot = new State(w, this);
    this.w = thaw(w);
    return snapshot;
  }

  event(i) { return this.trace.event(i); }
  isQuiet(i) { return this.quiet[this.trace.kind(i)] === 1; }

  stepKind(n) {
    if (n < 1 || n > this.count) return null;
    const kind = this.stepOf[this.trace.kind(n - 1)];
    if (kind === 'gc') return kind;
    const k = this.lineStepAtOrBefore(n);
    return k >= 0 && this.lineSteps[k] === n ? kind : null;
  }

  lineStepAtOrBefore(n) {
    const s = this.lineSteps;
    let lo = 0, hi = s.length - 1, best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (s[mid] <= n) { best = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return best;
  }

  lifetime(serial) {
    const get = (a) => (serial < a.length ? a[serial] : -1);
    return { alloc: get(this.allocAt), free: get(this.freeAt) };
  }

  // Text of [stream] written by the first [outN] OUTPUT events.
  _output(stream, outN) {
    const key = outN * 4 + stream;
    let s = this.outCache.get(key);
    if (s === undefined) {
      const parts = [];
      for (let k = 0; k < outN; k++)
        if (this.outPieces[k][0] === stream) parts.push(this.outPieces[k][1]);
      s = parts.join('');
      if (this.outCache.size > 64) this.outCache.clear();
      this.outCache.set(key, s);
    }
    return s;
  }
}

// An immutable snapshot (STATE.md, "The state").
export class State {
  constructor(d, replay) {
    this._d = d;
    this._r = replay;
    this.n = d.n;
    this.current = { frame: d.curFrame, line: d.curLine };
    this.stack = d.stack;
    this.gc = Object.assign({ count: [d.c0, d.c1, d.c2] }, d.gc);
    this.exception = d.exception;
    this.limit = d.limit;
    this.end = d.end;
    this._objs = new Map(); // Obj records made so far
  }

  object(serial) {
    let r = this._objs.get(serial);
    if (r === undefined) {
      r = objectOf(this._d, this._r.trace, serial);
      this._objs.set(serial, r);
    }
    return r;
  }

  *objects() {
    for (const serial of liveSerials(this._d)) yield this.object(serial);
  }

  frame(serial) { return this._d.frames.get(serial) || null; }

  frames() {
    const out = this.stack.map((s) => this._d.frames.get(s));
    const all = [...this._d.frames.values()];
    const bySerial = (x, y) => x.serial - y.serial;
    const exiting = all.filter((f) => f.exiting).sort(bySerial);
    const suspended = all.filter((f) => f.suspended).sort(bySerial);
    return out.concat(exiting, suspended);
  }

  names(frameSerial) {
    const f = this.frame(frameSerial);
    if (!f) return [];
    const out = [];
    const ns = f.namespace ? this.object(f.namespace) : null;
    if (ns && ns.entries) {
      for (const [k, v] of ns.entries) {
        const key = this.object(k);
        if (key && key.layout === 'STR' && key.value)
          out.push([key.value.slice(1, -1), v]);
      }
    }
    for (const slot of f.locals) if (slot) out.push(slot);
    return out;
  }

  gcInfo(serial) { return infoOf(this._d, serial); }

  output(stream = 1) { return this._r._output(stream, this._d.outN); }
}
