// apply.js — what each trace event does to the replayed state (replay.js).
// An object's numbers (layout, type, refcount, generation, flags...) live in
// Int32Array chunks, F words per serial; its pointers (items, entries...) in
// a separate chunked table of small records. Writes go through own*()
// helpers that copy a chunk or a pointer record shared with an earlier
// snapshot before changing it (copy-on-write by epoch), so the first pass
// allocates little and a snapshot costs O(1). Obj records are made when the
// page asks for one (objectOf). Event meanings: core/TRACE.md; the state's
// shape: web/trace/STATE.md.

const BITS = 7;                 // serials per chunk: 128
const SIZE = 1 << BITS;
const MASK = SIZE - 1;

// The words of an object (N_*) and its flag bits (FL_*).
const N_LAYOUT = 0, N_TYPE = 1, N_TNAME = 2, N_REFCNT = 3, N_ID = 4,
  N_GEN = 5, N_FLAGS = 6, N_NAME = 7, N_VALUE = 8, N_BASE = 9, N_FRAME = 10;
const F = 11;
const FL_LIVE = 1, FL_IMMORTAL = 2, FL_OPAQUE = 4, FL_FINALIZED = 8,
  FL_RESURRECTED = 16, FL_INTERNED = 32;

// Obj (STATE.md, "Objects"): what the page reads; made on demand from the
// tables, never changed after.
export class Obj {
  constructor(serial) {
    this.serial = serial;
    this.type = 0;
    this.typeName = '';
    this.layout = '';
    this.refcnt = 1;
    this.immortal = false;
    this.opaque = false;
    this.value = null;
    this.id = 0;
    this.gen = null;
    this.finalized = false;
    this.resurrected = false;
    this.interned = false;
    this.name = null;
    this.base = 0;
    this.frame = 0;
    this.items = null;
    this.entries = null;
    this.members = null;
    this.attrs = null;
    this.refs = null;
    this.weak = null;
  }
}

// An object's pointers; `e` is the epoch allowed to write it in place.
// A list's items are the first `n` of `buf`, an array that later epochs
// may share and extend (appends only: an earlier state keeps its own `n`);
// any other change copies it first unless this record made it (`mine`).
class Ptrs {
  constructor(e, src) {
    this.e = e;
    this.buf = src ? src.buf : null;
    this.n = src ? src.n : 0;
    this.mine = false;
    this.entries = src && src.entries ? new Map(src.entries) : null;
    this.members = src && src.members ? new Set(src.members) : null;
    this.attrs = src && src.attrs ? new Map(src.attrs) : null;
    this.refs = src && src.refs ? new Map(src.refs) : null;
    this.weak = src ? src.weak : null;
  }

  // The items for changing in place (copied unless this record made them).
  items() {
    if (!this.mine) {
      this.buf = this.buf ? this.buf.slice(0, this.n) : [];
      this.mine = true;
    }
    return this.buf;
  }

  push(v) {
    const buf = this.buf;
    if (buf && buf.length === this.n && !Object.isFrozen(buf)) buf.push(v);
    else this.items().push(v);
    this.n++;
  }

  // The items as the page reads them: an array no one changes again.
  view() {
    const buf = this.buf;
    if (!buf) return null;
    if (buf.length !== this.n) return buf.slice(0, this.n);
    return Object.freeze(buf);
  }
}

function newFrame(serial, kind, name, parent) {
  return { e: 0, serial, kind, name, parent, line: 0, locals: [],
           namespace: 0, object: 0, returnValue: 0, suspended: false,
           exiting: false };
}

// ---- Copy-on-write tables ---------------------------------------------------------------

// The numbers of the first pass's states live in arenas: one growing
// typed array per kind of number, in which a chunk (SIZE serials) is an
// offset. A copy-on-write copies a chunk inside the arena: no allocation,
// nothing for the JS collector to trace. Unused space holds [fill]. Once
// the first pass is done (`frozen`), a copy is a typed array of its own
// (the states of later jumps come and go with the page's use of them), so
// a chunk reference is an offset or an array (resolve).
export class Arena {
  constructor(Type, chunkLen, fill, chunks) {
    this.Type = Type;
    this.len = chunkLen;
    this.fill = fill;
    this.a = new Type(chunkLen * chunks).fill(fill);
    this.top = 0;
    this.frozen = false;
    this.cur = this.a; // the array resolve() found last
  }

  // A new chunk: a copy of chunk [from], or fresh (all [fill]) when
  // [from] is undefined.
  chunk(from) {
    if (this.frozen) return this.ownChunk(from);
    if (this.top + this.len > this.a.length) {
      const bigger = new this.Type(this.a.length * 2);
      if (this.fill !== 0) bigger.fill(this.fill, this.a.length);
      bigger.set(this.a);
      this.a = bigger;
    }
    const at = this.top;
    this.top += this.len;
    if (from !== undefined) this.a.copyWithin(at, from, from + this.len);
    return at;
  }

  ownChunk(from) {
    const own = new this.Type(this.len);
    if (from === undefined) own.fill(this.fill);
    else if (typeof from !== 'number') own.set(from);
    else own.set(this.a.subarray(from, from + this.len));
    return own;
  }
}

// Sets arena.cur to the array holding the chunk [ref] of [arena] (an
// offset in arena.a, or an array of its own); returns the chunk's start in
// it.
function resolve(arena, ref) {
  if (typeof ref === 'number') {
    arena.cur = arena.a;
    return ref;
  }
  arena.cur = ref;
  return 0;
}

// Arenas sized for a trace of [events] events: growing one copies it, so
// they start at about what a program that allocates all along needs (a
// chunk copy per 512 events).
const arenaChunks = (events) => Math.max(64, Math.ceil(events / 512));
export const numberArena = (events) =>
  new Arena(Int32Array, SIZE * F, 0, arenaChunks(events));
// The collector's info (gc_refs * 8 + the mark's code: gc_refs may be
// about 10^9 for an immortal object; NaN when it has none).
export const infoArena = (events) =>
  new Arena(Float64Array, SIZE, NaN, arenaChunks(events));

// Chunked tables keyed by serial: {chunks, epochs, e} with the epoch of
// each chunk and of the table itself. d.nc: the objects' numbers (chunks
// of d.nums); d.pc: their pointers (arrays of Ptrs); d.ic: the collector's
// info during a collection (chunks of d.infos).
// The arrays have no holes and are read only below their length (so the
// JIT sees one kind of array and no out-of-bounds read).
export function emptyTable(epoch) {
  return { chunks: [], epochs: [], e: epoch };
}

function ownTable(t, epoch) {
  return t.e === epoch ? t
    : { chunks: t.chunks.slice(), epochs: t.epochs.slice(), e: epoch };
}

// Chunk [ci] of [t] (undefined if none).
function chunkAt(t, ci) {
  return ci < t.chunks.length ? t.chunks[ci] : undefined;
}

function ownsChunk(t, epoch, ci) {
  return t.e === epoch && ci < t.epochs.length && t.epochs[ci] === epoch;
}

function setChunk(t, ci, chunk, epoch) {
  while (t.chunks.length <= ci) {
    t.chunks.push(undefined);
    t.epochs.push(0);
  }
  t.chunks[ci] = chunk;
  t.epochs[ci] = epoch;
}

// Table [t] with its chunk [ci] in [arena] writable by [epoch] (copies of
// both if they belonged to an earlier epoch).
function ownChunkOf(t, epoch, ci, arena) {
  t = ownTable(t, epoch);
  setChunk(t, ci, arena.chunk(chunkAt(t, ci)), epoch);
  return t;
}

// The chunk of d.nums holding [serial], writable by d's epoch (made if
// missing).
function numChunk(d, serial) {
  const ci = serial >>> BITS;
  let t = d.nc;
  if (!ownsChunk(t, d.epoch, ci)) t = d.nc = ownChunkOf(t, d.epoch, ci, d.nums);
  return t.chunks[ci];
}

// A JS-array chunk of [t] (owned by [epoch]) for [serial], writable by
// [epoch].
function arrayChunk(t, epoch, serial) {
  const ci = serial >>> BITS;
  if (ownsChunk(t, epoch, ci)) return t.chunks[ci];
  const ch = chunkAt(t, ci);
  const own = ch ? ch.slice() : new Array(SIZE).fill(null);
  setChunk(t, ci, own, epoch);
  return own;
}

// Where object [serial]'s numbers are in d.nums.cur (for reading), or -1 if it
// is not a live object of the state.
function at(d, serial) {
  const ref = chunkAt(d.nc, serial >>> BITS);
  if (ref === undefined) return -1;
  const k = resolve(d.nums, ref) + (serial & MASK) * F;
  return (d.nums.cur[k + N_FLAGS] & FL_LIVE) !== 0 ? k : -1;
}

function live(d, serial) {
  return at(d, serial) >= 0;
}

function sharedPtrs(d, serial) {
  const ch = chunkAt(d.pc, serial >>> BITS);
  return ch ? ch[serial & MASK] : null;
}

// The pointers of live object [serial] for writing (made if missing), or
// null if the object is unknown.
function ptrs(d, serial) {
  if (!live(d, serial)) return null;
  const p0 = sharedPtrs(d, serial);
  if (p0 && p0.e === d.epoch && ownsChunk(d.pc, d.epoch, serial >>> BITS))
    return p0;
  d.pc = ownTable(d.pc, d.epoch);
  const ch = arrayChunk(d.pc, d.epoch, serial);
  let p = ch[serial & MASK];
  if (!p || p.e !== d.epoch) {
    p = new Ptrs(d.epoch, p);
    ch[serial & MASK] = p;
  }
  return p;
}

function dropPtrs(d, serial) {
  if (sharedPtrs(d, serial)) {
    d.pc = ownTable(d.pc, d.epoch);
    arrayChunk(d.pc, d.epoch, serial)[serial & MASK] = null;
  }
}

// The collector's marks (GC_* events), as codes in the info numbers.
const MARKS = [null, 'unreachable', 'reachable', 'resurrected', 'cleared',
               'saved'];
const M_NONE = 0, M_UNREACHABLE = 1, M_REACHABLE = 2, M_RESURRECTED = 3,
  M_CLEARED = 4, M_SAVED = 5;

function infoNumber(d, serial) {
  const ref = chunkAt(d.ic, serial >>> BITS);
  if (ref === undefined) return NaN;
  const k = resolve(d.infos, ref) + (serial & MASK);
  return d.infos.cur[k];
}

// Where [serial]'s info is in d.infos.cur, writable by d's epoch.
function infoSlot(d, serial) {
  const ci = serial >>> BITS;
  let t = d.ic;
  if (!ownsChunk(t, d.epoch, ci)) t = d.ic = ownChunkOf(t, d.epoch, ci, d.infos);
  return resolve(d.infos, t.chunks[ci]) + (serial & MASK);
}

const codeOf = (v) => ((v % 8) + 8) % 8;
const refsOf = (v) => (v - codeOf(v)) / 8;

// The collector's info on [serial] as {refs, mark}, or null.
export function infoOf(d, serial) {
  const v = infoNumber(d, serial);
  return Number.isNaN(v) ? null : { refs: refsOf(v), mark: MARKS[codeOf(v)] };
}

function setInfo(d, serial, refs, code) {
  const k = infoSlot(d, serial);
  d.infos.cur[k] = refs * 8 + code;
}

function dropInfo(d, serial) {
  if (!Number.isNaN(infoNumber(d, serial))) {
    const k = infoSlot(d, serial);
    d.infos.cur[k] = NaN;
  }
}

function infoRefs(d, serial) {
  const v = infoNumber(d, serial);
  return Number.isNaN(v) ? 0 : refsOf(v);
}

function infoCode(d, serial) {
  const v = infoNumber(d, serial);
  return Number.isNaN(v) ? M_NONE : codeOf(v);
}

function clearInfo(d) {
  d.ic = emptyTable(d.epoch);
}

// Object [serial] anew (ALLOC, or the first OBJECT): its numbers reset;
// returns where they are in d.nums.cur.
function create(d, serial) {
  const k = resolve(d.nums, numChunk(d, serial)) + (serial & MASK) * F;
  const n = d.nums.cur;
  n.fill(0, k, k + F);
  n[k + N_FLAGS] = FL_LIVE;
  n[k + N_GEN] = n[k + N_NAME] = n[k + N_VALUE] = n[k + N_TNAME] = -1;
  dropPtrs(d, serial);
  return k;
}

// Where live object [serial]'s numbers are in d.nums.cur, writable by d's
// epoch; -1 if it is not live.
function own(d, serial) {
  if (!live(d, serial)) return -1;
  return resolve(d.nums, numChunk(d, serial)) + (serial & MASK) * F;
}

// The Obj the page reads for [serial], or null (unknown or freed).
export function objectOf(d, trace, serial) {
  const k = at(d, serial);
  if (k < 0) return null;
  const n = d.nums.cur;
  const r = new Obj(serial);
  const flags = n[k + N_FLAGS];
  r.layout = trace.enumName('layout', n[k + N_LAYOUT]);
  r.type = n[k + N_TYPE];
  r.typeName = n[k + N_TNAME] > 0 ? trace.str(n[k + N_TNAME]) : '';
  r.immortal = (flags & FL_IMMORTAL) !== 0;
  r.opaque = (flags & FL_OPAQUE) !== 0;
  r.finalized = (flags & FL_FINALIZED) !== 0;
  r.resurrected = (flags & FL_RESURRECTED) !== 0;
  r.interned = (flags & FL_INTERNED) !== 0;
  r.refcnt = r.immortal ? null : n[k + N_REFCNT];
  r.id = n[k + N_ID] >>> 0;
  r.gen = n[k + N_GEN] < 0 ? null : n[k + N_GEN];
  r.name = n[k + N_NAME] < 0 ? null : trace.str(n[k + N_NAME]);
  r.value = n[k + N_VALUE] <= 0 ? null : trace.str(n[k + N_VALUE]);
  r.base = n[k + N_BASE];
  r.frame = n[k + N_FRAME];
  const p = sharedPtrs(d, serial);
  if (p) {
    r.items = p.view();
    r.entries = p.entries;
    r.members = p.members;
    r.attrs = p.attrs;
    r.refs = p.refs;
    r.weak = p.weak;
  }
  return r;
}

// The serials of the live objects of [d], increasing.
export function* liveSerials(d) {
  const chunks = d.nc.chunks;
  for (let ci = 0; ci < chunks.length; ci++) {
    if (chunks[ci] === undefined) continue;
    const base = resolve(d.nums, chunks[ci]), n = d.nums.cur;
    for (let s = 0; s < SIZE; s++)
      if (n[base + s * F + N_FLAGS] & FL_LIVE) yield (ci << BITS) + s;
  }
}

function ownFrames(d) {
  if (d.framesE !== d.epoch) {
    d.frames = new Map(d.frames);
    d.framesE = d.epoch;
  }
  return d.frames;
}

function ownFrame(d, serial) {
  const f0 = d.frames.get(serial);
  if (!f0) return null;
  if (f0.e === d.epoch && d.framesE === d.epoch) return f0;
  const f = Object.assign({}, f0, { e: d.epoch, locals: f0.locals.slice() });
  ownFrames(d).set(serial, f);
  return f;
}

function ownStack(d) {
  if (d.stackE !== d.epoch) {
    d.stack = d.stack.slice();
    d.stackE = d.epoch;
  }
  return d.stack;
}

function unstack(d, serial) {
  const at = d.stack.lastIndexOf(serial);
  if (at >= 0) ownStack(d).splice(at, 1);
}

function setGc(d, changes) {
  d.gc = Object.assign({}, d.gc, changes);
}

function setException(d, changes) {
  d.exception = Object.assign({}, d.exception, changes);
}

// ---- The handlers -----------------------------------------------------------------------
// h(d, replay, x8, x16, a, b, c, i), by event name.

// OBJECT flags: bit k is named by item k of the VM's "object_flag" table.
function objectFlags(trace) {
  const names = trace.schema.enums.object_flag || [];
  const bit = (name) => {
    const k = names.indexOf(name);
    if (k < 0) throw new Error(`the trace does not describe the flag ${name}`);
    return k;
  };
  return { immortal: 1 << bit('immortal'), opaque: 1 << bit('opaque'),
           tracked: 1 << bit('tracked'), genShift: bit('gen_bit0'),
           finalized: 1 << bit('finalized'), interned: 1 << bit('interned') };
}

// Sets the type of the object whose numbers are at [k], and the name the
// type has now.
function setType(d, n, k, type) {
  const tk = at(d, type);
  const name = tk < 0 ? -1 : d.nums.cur[tk + N_NAME];
  n[k + N_TYPE] = type;
  n[k + N_TNAME] = name > 0 ? name : -1;
}

// Handlers that change an object's numbers: (d, x8, a, b) -> void.
function numberHandlers(trace) {
  const OF = objectFlags(trace);
  const layoutType = (trace.schema.enums.layout || []).indexOf('TYPE');
  const seq = (d, a) => {
    const p = ptrs(d, a);
    if (p && !p.buf) {
      p.buf = [];
      p.mine = true;
    }
    return p;
  };
  const pad = (p, b) => {
    while (p.n < b) p.push(0);
  };
  const mapOf = (d, a, field) => {
    const p = ptrs(d, a);
    if (p && !p[field]) p[field] = new Map();
    return p;
  };
  const mark = (d, a, code) => setInfo(d, a, infoRefs(d, a), code);
  const num = (word) => (d, _R, x8, x16, a, b) => {
    const k = own(d, a);
    if (k >= 0) d.nums.cur[k + word] = b;
  };
  const flag = (bit) => (d, _R, x8, x16, a) => {
    const k = own(d, a);
    if (k >= 0) d.nums.cur[k + N_FLAGS] |= bit;
  };
  const resurrected = flag(FL_RESURRECTED);
  const gen = (value) => (d, _R, x8, x16, a) => {
    const k = own(d, a);
    if (k >= 0) d.nums.cur[k + N_GEN] = value === undefined ? x8 : value;
  };

  return {
    TYPE(d, _R, x8, _x16, a, b, c) {
      let k = own(d, a);
      if (k < 0) {
        k = create(d, a);
        d.nums.cur[k + N_LAYOUT] = layoutType;
      }
      d.nums.cur[k + N_NAME] = b;
      d.nums.cur[k + N_BASE] = c;
    },
    OBJECT(d, _R, x8, x16, a, b, c) {
      let k = own(d, a); // again: its flags changed
      if (k < 0) k = create(d, a);
      const n = d.nums.cur;
      n[k + N_LAYOUT] = x8;
      setType(d, n, k, b);
      let flags = n[k + N_FLAGS] & (FL_LIVE | FL_RESURRECTED);
      if (x16 & OF.immortal) flags |= FL_IMMORTAL;
      if (x16 & OF.opaque) flags |= FL_OPAQUE;
      if (x16 & OF.finalized) flags |= FL_FINALIZED;
      if (x16 & OF.interned) flags |= FL_INTERNED;
      n[k + N_FLAGS] = flags;
      n[k + N_REFCNT] = c;
      n[k + N_GEN] = (x16 & OF.tracked) ? (x16 >>> OF.genShift) & 3 : -1;
    },
    NAME: num(N_NAME),
    VALUE: num(N_VALUE), // 0: the repr failed (value null)
    ALLOC(d, Rp, x8, x16, a, b, c, i) {
      const k = create(d, a);
      const n = d.nums.cur;
      n[k + N_LAYOUT] = x8;
      setType(d, n, k, b);
      n[k + N_REFCNT] = 1;
      n[k + N_ID] = c;
      Rp._born(a, i);
    },
    MOVE: num(N_ID),
    REFCOUNT: num(N_REFCNT), // ignored for immortal objects (objectOf)
    FINALIZE: flag(FL_FINALIZED),
    FINALIZE_END(d, R, x8, x16, a, b) {
      if (b) resurrected(d, R, x8, x16, a);
    },
    FREE(d, Rp, x8, x16, a, b, c, i) {
      const k = own(d, a);
      if (k >= 0) d.nums.cur[k + N_FLAGS] = 0;
      dropPtrs(d, a);
      dropInfo(d, a);
      Rp._died(a, i);
    },
    SEQ_SET(d, _R, x8, x16, a, b, c) {
      const p = seq(d, a);
      if (!p) return;
      pad(p, b);
      if (b === p.n) p.push(c);
      else p.items()[b] = c;
    },
    SEQ_INSERT(d, _R, x8, x16, a, b, c) {
      const p = seq(d, a);
      if (!p) return;
      pad(p, b);
      if (b === p.n) p.push(c); // append
      else {
        p.items().splice(b, 0, c);
        p.n++;
      }
    },
    SEQ_DEL(d, _R, x8, x16, a, b) {
      const p = seq(d, a);
      if (p && b < p.n) {
        p.items().splice(b, 1);
        p.n--;
      }
    },
    SEQ_CLEAR(d, _R, x8, x16, a) {
      const p = ptrs(d, a);
      if (p) {
        p.buf = null;
        p.n = 0;
      }
    },
    DICT_SET(d, _R, x8, x16, a, b, c) {
      const p = mapOf(d, a, 'entries');
      if (p) p.entries.set(b, c);
    },
    DICT_DEL(d, _R, x8, x16, a, b) {
      const p = ptrs(d, a);
      if (p && p.entries) p.entries.delete(b);
    },
    DICT_CLEAR(d, _R, x8, x16, a) {
      const p = ptrs(d, a);
      if (p) p.entries = null;
    },
    SET_ADD(d, _R, x8, x16, a, b) {
      const p = ptrs(d, a);
      if (!p) return;
      if (!p.members) p.members = new Set();
      p.members.add(b);
    },
    SET_DEL(d, _R, x8, x16, a, b) {
      const p = ptrs(d, a);
      if (p && p.members) p.members.delete(b);
    },
    SET_CLEAR(d, _R, x8, x16, a) {
      const p = ptrs(d, a);
      if (p) p.members = null;
    },
    ATTR_SET(d, _R, x8, x16, a, b, c) {
      const p = mapOf(d, a, 'attrs');
      if (p) p.attrs.set(trace.str(b), c);
    },
    ATTR_DEL(d, _R, x8, x16, a, b) {
      const p = ptrs(d, a);
      if (p && p.attrs) p.attrs.delete(trace.str(b));
    },
    REF_SET(d, _R, x8, x16, a, b, c) {
      const p = mapOf(d, a, 'refs');
      if (p) p.refs.set(trace.str(b), c);
    },
    REF_DEL(d, _R, x8, x16, a, b) {
      const p = ptrs(d, a);
      if (p && p.refs) p.refs.delete(trace.str(b));
    },
    WEAKREF_NEW(d, _R, x8, x16, a, b, c) {
      const p = ptrs(d, a);
      if (!p) return;
      p.weak = b;
      if (c) {
        if (!p.refs) p.refs = new Map();
        p.refs.set('__callback__', c);
      }
    },
    WEAKREF_CLEAR(d, _R, x8, x16, a) {
      const p = ptrs(d, a);
      if (p) p.weak = 0;
    },
    GC_TRACK: gen(0),
    GC_UNTRACK: gen(-1),
    GC_MOVE: gen(),
    GC_REFS(d, _R, x8, x16, a, b) { setInfo(d, a, b | 0, M_NONE); },
    GC_SUBTRACT(d, _R, x8, x16, a, b, c) {
      setInfo(d, b, c | 0, infoCode(d, b));
    },
    GC_UNREACHABLE(d, _R, x8, x16, a) { mark(d, a, M_UNREACHABLE); },
    GC_REACHABLE(d, _R, x8, x16, a, b, c) {
      setInfo(d, a, c | 0, M_REACHABLE);
    },
    GC_RESURRECTED(d, R, x8, x16, a) {
      mark(d, a, M_RESURRECTED);
      resurrected(d, R, x8, x16, a);
    },
    GC_CLEAR(d, _R, x8, x16, a) { mark(d, a, M_CLEARED); },
    GC_SAVED(d, _R, x8, x16, a) { mark(d, a, M_SAVED); },
  };
}

// Handlers of frames, output, exceptions and the collector's state.
function stateHandlers(trace) {
  const str = (o) => trace.str(o);
  return {
    LINE(d, _R, x8, x16, a, b) {
      const f = ownFrame(d, a);
      if (f) f.line = b;
      d.curFrame = a;
      d.curLine = b;
    },
    FRAME_PUSH(d, _R, x8, x16, a, b, c) {
      const f = newFrame(a, trace.enumName('frame_kind', x8), str(c), b);
      f.e = d.epoch;
      ownFrames(d).set(a, f);
      ownStack(d).push(a);
    },
    FRAME_POP(d, _R, x8, x16, a) {
      if (!d.frames.has(a)) return;
      ownFrames(d).delete(a);
      unstack(d, a);
    },
    FRAME_EXIT(d, _R, x8, x16, a) {
      const f = ownFrame(d, a);
      if (!f) return;
      f.exiting = true;
      f.suspended = false;
      unstack(d, a);
    },
    FRAME_SUSPEND(d, _R, x8, x16, a) {
      const f = ownFrame(d, a);
      if (!f) return;
      f.suspended = true;
      unstack(d, a);
    },
    FRAME_RESUME(d, _R, x8, x16, a, b) {
      const f = ownFrame(d, a);
      if (!f) return;
      f.suspended = false;
      f.parent = b;
      ownStack(d).push(a);
    },
    FRAME_OBJECT(d, _R, x8, x16, a, b) {
      const f = ownFrame(d, a);
      if (f) f.object = b;
      const k = own(d, b);
      if (k >= 0) d.nums.cur[k + N_FRAME] = a;
    },
    NAMESPACE(d, _R, x8, x16, a, b) {
      const f = ownFrame(d, a);
      if (f) f.namespace = b;
    },
    RETURN(d, _R, x8, x16, a, b) {
      const f = ownFrame(d, a);
      if (f) f.returnValue = b;
    },
    LOCAL_SET(d, _R, x8, x16, a, b, c) {
      const f = ownFrame(d, a);
      if (f) f.locals[x16] = [str(b), c];
    },
    LOCAL_DEL(d, _R, x8, x16, a) {
      const f = ownFrame(d, a);
      if (f) delete f.locals[x16];
    },
    OUTPUT(d, Rp, x8, x16, a) {
      if (d.outN === Rp.outPieces.length) Rp.outPieces.push([x8, str(a)]);
      d.outN++;
    },
    EXC_RAISE(d, _R, x8, x16, a) { setException(d, { raised: a }); },
    EXC_CATCH(d, _R, x8, x16, a) {
      setException(d, { raised: 0, caught: a });
    },
    EXC_UNCAUGHT(d, _R, x8, x16, a) {
      setException(d, { raised: 0, uncaught: a });
    },
    EXC_HANDLED(d, _R, x8, x16, a) { setException(d, { handled: a }); },
    LIMIT(d, _R, x8, x16, a, b) {
      d.limit = { name: str(a), message: str(b) };
    },
    END(d, _R, x8, x16, a, b) {
      d.end = { status: trace.enumName('vm_result', a), exitCode: b | 0 };
    },
    GC_CONFIG(d, _R, x8, x16, a, b, c) {
      setGc(d, { enabled: x8 !== 0, threshold: [a, b, c] });
    },
    GC_COUNTS(d, _R, x8, x16, a, b, c) { // State.gc puts them in gc.count
      d.c0 = a;
      d.c1 = b;
      d.c2 = c;
    },
    GC_BEGIN(d, _R, x8, x16) {
      const trigger = trace.enumName('gc_trigger', x16);
      setGc(d, { collecting: { gen: x8, trigger,
                               automatic: trigger === 'automatic',
                               phase: null } });
      clearInfo(d);
    },
    GC_PHASE(d, _R, x8) {
      const c = d.gc.collecting;
      const phase = trace.enumName('gc_phase', x8);
      if (c) setGc(d, { collecting: Object.assign({}, c, { phase }) });
    },
    GC_END(d, _R, x8, x16, a, b) {
      const c = d.gc.collecting;
      setGc(d, { collecting: null,
                 last: { gen: x8, trigger: c ? c.trigger : null,
                         collected: a, uncollectable: b } });
      clearInfo(d);
    },
  };
}

// handlers[kind] for the kinds of [trace]'s schema; unknown kinds (newer
// VMs) are skipped.
export function applyTable(trace) {
  const byName = Object.assign(numberHandlers(trace), stateHandlers(trace));
  return trace.schema.events.map((e) => byName[e.name] || null);
}
