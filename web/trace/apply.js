// apply.js — what each trace event does to the replayed state (replay.js).
// Writes go through own*() helpers that copy a structure shared with an
// earlier snapshot before changing it (copy-on-write by epoch): the object
// table and the collector's per-object info in chunks of 256, an object's
// record, and separately its pointers (a refcount change does not copy a
// big list's items). Event meanings: core/TRACE.md; the state's shape:
// web/trace/STATE.md.

const BITS = 8;
const SIZE = 1 << BITS;
const MASK = SIZE - 1;

// Obj (STATE.md, "Objects"). `e` is the epoch allowed to write it in place,
// `ce` the one allowed to write its pointers (items ... weak) in place.
export class Obj {
  constructor(serial) {
    this.e = 0;
    this.ce = 0;
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

  // A copy writable by epoch [e]; its pointers stay shared until
  // ownPointers.
  copy(e) {
    const c = new Obj(this.serial);
    c.e = e;
    c.type = this.type;
    c.typeName = this.typeName;
    c.layout = this.layout;
    c.refcnt = this.refcnt;
    c.immortal = this.immortal;
    c.opaque = this.opaque;
    c.value = this.value;
    c.id = this.id;
    c.gen = this.gen;
    c.finalized = this.finalized;
    c.resurrected = this.resurrected;
    c.name = this.name;
    c.base = this.base;
    c.frame = this.frame;
    c.items = this.items;
    c.entries = this.entries;
    c.members = this.members;
    c.attrs = this.attrs;
    c.refs = this.refs;
    c.weak = this.weak;
    return c;
  }

  // Makes the pointer containers writable by epoch [e] (copies them once).
  ownPointers(e) {
    if (this.ce === e) return this;
    if (this.items) this.items = this.items.slice();
    if (this.entries) this.entries = new Map(this.entries);
    if (this.members) this.members = new Set(this.members);
    if (this.attrs) this.attrs = new Map(this.attrs);
    if (this.refs) this.refs = new Map(this.refs);
    this.ce = e;
    return this;
  }
}

function newFrame(serial, kind, name, parent) {
  return { e: 0, serial, kind, name, parent, line: 0, locals: [],
           namespace: 0, object: 0, returnValue: 0, suspended: false,
           exiting: false };
}

// ---- Copy-on-write access ------------------------------------------------------------

// Chunked tables keyed by serial: {chunks, epochs, e} with the epoch of
// each chunk and of the table itself. d.oc: the object records; d.ic: the
// collector's info during a collection.
export function emptyTable(epoch) {
  return { chunks: [], epochs: [], e: epoch };
}

// The chunk of [t] holding [serial], writable by [epoch] (created when
// [create]); [t] must already be owned by [epoch].
function tableChunk(t, epoch, serial, create) {
  const ci = serial >>> BITS;
  let ch = t.chunks[ci];
  if (!ch && !create) return null;
  if (t.epochs[ci] !== epoch) {
    ch = ch ? ch.slice() : new Array(SIZE).fill(null);
    t.chunks[ci] = ch;
    t.epochs[ci] = epoch;
  }
  return ch;
}

function ownTable(t, epoch) {
  return t.e === epoch ? t
    : { chunks: t.chunks.slice(), epochs: t.epochs.slice(), e: epoch };
}

function ownChunk(d, serial, create) {
  d.oc = ownTable(d.oc, d.epoch);
  return tableChunk(d.oc, d.epoch, serial, create);
}

function ownInfoChunk(d, serial) {
  d.ic = ownTable(d.ic, d.epoch);
  return tableChunk(d.ic, d.epoch, serial, true);
}

// The collector's info on an object is kept as one number (no allocation
// per GC event): gc_refs * 8 + the mark's code; null when it has none.
const MARKS = [null, 'unreachable', 'reachable', 'resurrected', 'cleared',
               'saved'];
const MARK_CODE = new Map(MARKS.map((m, k) => [m, k]));

function infoNumber(d, serial) {
  const ch = d.ic.chunks[serial >>> BITS];
  const v = ch ? ch[serial & MASK] : null;
  return v === undefined ? null : v;
}

// The collector's info on [serial] as {refs, mark}, or null.
export function infoOf(d, serial) {
  const v = infoNumber(d, serial);
  if (v === null) return null;
  const code = ((v % 8) + 8) % 8;
  return { refs: (v - code) / 8, mark: MARKS[code] };
}

function setInfo(d, serial, refs, mark) {
  ownInfoChunk(d, serial)[serial & MASK] = refs * 8 + MARK_CODE.get(mark);
}

function dropInfo(d, serial) {
  if (infoNumber(d, serial) !== null) ownInfoChunk(d, serial)[serial & MASK] = null;
}

function infoRefs(d, serial) {
  const v = infoNumber(d, serial);
  return v === null ? 0 : (v - (((v % 8) + 8) % 8)) / 8;
}

function infoMark(d, serial) {
  const v = infoNumber(d, serial);
  return v === null ? null : MARKS[((v % 8) + 8) % 8];
}

function clearInfo(d) {
  d.ic = emptyTable(d.epoch);
}

// The object record [serial] for writing, or null if unknown.
function own(d, serial) {
  const ci = serial >>> BITS;
  const shared = d.oc.chunks[ci];
  const r0 = shared && shared[serial & MASK];
  if (!r0) return null;
  if (r0.e === d.epoch && d.oc.epochs[ci] === d.epoch) return r0;
  const ch = ownChunk(d, serial, false);
  let r = ch[serial & MASK];
  if (r.e !== d.epoch) {
    r = r.copy(d.epoch);
    ch[serial & MASK] = r;
  }
  return r;
}

function peek(d, serial) {
  const ch = d.oc.chunks[serial >>> BITS];
  return (ch && ch[serial & MASK]) || null;
}

// A new record [serial] (replacing any earlier one).
function create(d, serial) {
  const r = new Obj(serial);
  r.e = d.epoch;
  ownChunk(d, serial, true)[serial & MASK] = r;
  return r;
}

function remove(d, serial) {
  const ch = ownChunk(d, serial, false);
  if (ch) ch[serial & MASK] = null;
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

function setGc(d, changes) {
  d.gc = Object.assign({}, d.gc, changes);
}

function setException(d, changes) {
  d.exception = Object.assign({}, d.exception, changes);
}

// ---- The handlers -----------------------------------------------------------------------
// h(d, replay, x8, x16, a, b, c, i), by event name.

function typeInfo(d, r, type) {
  r.type = type;
  const t = peek(d, type);
  r.typeName = t && t.name ? t.name : '';
}

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
           finalized: 1 << bit('finalized') };
}

function makeHandlers(trace, R) {
  const str = (o) => trace.str(o);
  const OF = objectFlags(trace);
  const layoutName = (v) => trace.enumName('layout', v);
  // The record [a] with writable pointers (or null if unknown).
  const ptrs = (d, a) => {
    const r = own(d, a);
    return r ? r.ownPointers(d.epoch) : null;
  };
  const seq = (d, a) => {
    const r = ptrs(d, a);
    if (r && !r.items) r.items = [];
    return r;
  };
  const map = (d, a, field) => {
    const r = ptrs(d, a);
    if (r && !r[field]) r[field] = new Map();
    return r;
  };
  const mark = (d, a, m) => setInfo(d, a, infoRefs(d, a), m);

  return {
    TYPE(d, _R, x8, _x16, a, b, c) {
      const r = own(d, a) || create(d, a);
      if (!r.layout) r.layout = 'TYPE';
      r.name = str(b);
      r.base = c;
    },
    OBJECT(d, _R, x8, x16, a, b, c) {
      const r = own(d, a) || create(d, a); // again: its flags changed
      r.layout = layoutName(x8);
      typeInfo(d, r, b);
      r.immortal = (x16 & OF.immortal) !== 0;
      r.opaque = (x16 & OF.opaque) !== 0;
      r.refcnt = r.immortal ? null : c;
      r.gen = (x16 & OF.tracked) ? (x16 >>> OF.genShift) & 3 : null;
      r.finalized = (x16 & OF.finalized) !== 0;
    },
    NAME(d, _R, x8, x16, a, b) {
      const r = own(d, a);
      if (r) r.name = str(b);
    },
    VALUE(d, _R, x8, x16, a, b) {
      const r = own(d, a);
      if (r) r.value = b ? str(b) : null; // 0: the repr failed
    },
    ALLOC(d, Rp, x8, x16, a, b, c, i) {
      const r = create(d, a);
      r.layout = layoutName(x8);
      typeInfo(d, r, b);
      r.id = c;
      Rp._lifetime('allocAt', a, i);
    },
    MOVE(d, _R, x8, x16, a, b) {
      const r = own(d, a);
      if (r) r.id = b;
    },
    REFCOUNT(d, _R, x8, x16, a, b) {
      const r = own(d, a);
      if (r && !r.immortal) r.refcnt = b;
    },
    FINALIZE(d, _R, x8, x16, a) {
      const r = own(d, a);
      if (r) r.finalized = true;
    },
    FINALIZE_END(d, _R, x8, x16, a, b) {
      const r = own(d, a);
      if (r && b) r.resurrected = true;
    },
    FREE(d, Rp, x8, x16, a, b, c, i) {
      remove(d, a);
      dropInfo(d, a);
      Rp._lifetime('freeAt', a, i);
    },
    SEQ_SET(d, _R, x8, x16, a, b, c) {
      const r = seq(d, a);
      if (!r) return;
      while (r.items.length < b) r.items.push(0);
      r.items[b] = c;
    },
    SEQ_INSERT(d, _R, x8, x16, a, b, c) {
      const r = seq(d, a);
      if (!r) return;
      while (r.items.length < b) r.items.push(0);
      if (b === r.items.length) r.items.push(c); // append
      else r.items.splice(b, 0, c);
    },
    SEQ_DEL(d, _R, x8, x16, a, b) {
      const r = seq(d, a);
      if (r) r.items.splice(b, 1);
    },
    SEQ_CLEAR(d, _R, x8, x16, a) {
      const r = ptrs(d, a);
      if (r) r.items = null;
    },
    DICT_SET(d, _R, x8, x16, a, b, c) {
      const r = map(d, a, 'entries');
      if (r) r.entries.set(b, c);
    },
    DICT_DEL(d, _R, x8, x16, a, b) {
      const r = ptrs(d, a);
      if (r && r.entries) r.entries.delete(b);
    },
    DICT_CLEAR(d, _R, x8, x16, a) {
      const r = ptrs(d, a);
      if (r) r.entries = null;
    },
    SET_ADD(d, _R, x8, x16, a, b) {
      const r = ptrs(d, a);
      if (!r) return;
      if (!r.members) r.members = new Set();
      r.members.add(b);
    },
    SET_DEL(d, _R, x8, x16, a, b) {
      const r = ptrs(d, a);
      if (r && r.members) r.members.delete(b);
    },
    SET_CLEAR(d, _R, x8, x16, a) {
      const r = ptrs(d, a);
      if (r) r.members = null;
    },
    ATTR_SET(d, _R, x8, x16, a, b, c) {
      const r = map(d, a, 'attrs');
      if (r) r.attrs.set(str(b), c);
    },
    ATTR_DEL(d, _R, x8, x16, a, b) {
      const r = ptrs(d, a);
      if (r && r.attrs) r.attrs.delete(str(b));
    },
    REF_SET(d, _R, x8, x16, a, b, c) {
      const r = map(d, a, 'refs');
      if (r) r.refs.set(str(b), c);
    },
    REF_DEL(d, _R, x8, x16, a, b) {
      const r = ptrs(d, a);
      if (r && r.refs) r.refs.delete(str(b));
    },
    WEAKREF_NEW(d, _R, x8, x16, a, b, c) {
      const r = ptrs(d, a);
      if (!r) return;
      r.weak = b;
      if (c) {
        if (!r.refs) r.refs = new Map();
        r.refs.set('__callback__', c);
      }
    },
    WEAKREF_CLEAR(d, _R, x8, x16, a) {
      const r = ptrs(d, a);
      if (r) r.weak = 0;
    },
    // ---- frames ----
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
      const at = d.stack.lastIndexOf(a);
      if (at >= 0) ownStack(d).splice(at, 1);
    },
    FRAME_EXIT(d, _R, x8, x16, a) {
      const f = ownFrame(d, a);
      if (!f) return;
      f.exiting = true;
      f.suspended = false;
      const at = d.stack.lastIndexOf(a);
      if (at >= 0) ownStack(d).splice(at, 1);
    },
    FRAME_SUSPEND(d, _R, x8, x16, a) {
      const f = ownFrame(d, a);
      if (!f) return;
      f.suspended = true;
      const at = d.stack.lastIndexOf(a);
      if (at >= 0) ownStack(d).splice(at, 1);
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
      const r = own(d, b);
      if (r) r.frame = a;
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
    // ---- output, exceptions, limits ----
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
    // ---- the collector ----
    GC_CONFIG(d, _R, x8, x16, a, b, c) {
      setGc(d, { enabled: x8 !== 0, threshold: [a, b, c] });
    },
    GC_COUNTS(d, _R, x8, x16, a, b, c) { // State.gc puts them in gc.count
      d.c0 = a;
      d.c1 = b;
      d.c2 = c;
    },
    GC_TRACK(d, _R, x8, x16, a) {
      const r = own(d, a);
      if (r) r.gen = 0;
    },
    GC_UNTRACK(d, _R, x8, x16, a) {
      const r = own(d, a);
      if (r) r.gen = null;
    },
    GC_MOVE(d, _R, x8, x16, a) {
      const r = own(d, a);
      if (r) r.gen = x8;
    },
    GC_BEGIN(d, _R, x8, x16) {
      setGc(d, { collecting: { gen: x8, automatic: x16 !== 0, phase: null } });
      clearInfo(d);
    },
    GC_PHASE(d, _R, x8) {
      const c = d.gc.collecting;
      const phase = trace.enumName('gc_phase', x8);
      if (c) setGc(d, { collecting: Object.assign({}, c, { phase }) });
    },
    GC_REFS(d, _R, x8, x16, a, b) { setInfo(d, a, b | 0, null); },
    GC_SUBTRACT(d, _R, x8, x16, a, b, c) {
      setInfo(d, b, c | 0, infoMark(d, b));
    },
    GC_UNREACHABLE(d, _R, x8, x16, a) { mark(d, a, 'unreachable'); },
    GC_REACHABLE(d, _R, x8, x16, a, b, c) {
      setInfo(d, a, c | 0, 'reachable');
    },
    GC_RESURRECTED(d, _R, x8, x16, a) {
      mark(d, a, 'resurrected');
      const r = own(d, a);
      if (r) r.resurrected = true;
    },
    GC_CLEAR(d, _R, x8, x16, a) { mark(d, a, 'cleared'); },
    GC_SAVED(d, _R, x8, x16, a) { mark(d, a, 'saved'); },
    GC_END(d, _R, x8, x16, a, b) {
      setGc(d, { collecting: null,
                 last: { gen: x8, collected: a, uncollectable: b } });
      clearInfo(d);
    },
  };
}

// handlers[kind] for the kinds of [trace]'s schema; unknown kinds (newer
// VMs) are skipped.
export function applyTable(trace) {
  const byName = makeHandlers(trace);
  return trace.schema.events.map((e) => byName[e.name] || null);
}
