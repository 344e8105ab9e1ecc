// scene.js — pure: a replayed State (web/trace/STATE.md) -> what the memory
// view draws: frame boxes with their names, heap nodes with their slots, and
// the pointers between them. Positions are layout.js's job; nothing here
// recomputes a refcount, a mark or a generation: it only selects and labels.

// Module entries every module has; a frame box does not show them.
const MODULE_DUNDERS = new Set(['__name__', '__doc__', '__package__',
  '__loader__', '__spec__', '__annotations__', '__builtins__', '__file__',
  '__cached__']);

const ATOMS = new Set(['INT', 'FLOAT', 'COMPLEX', 'STR', 'BYTES', 'NONE',
  'NOTIMPL', 'ELLIPSIS']);
const SEQUENCES = new Set(['LIST', 'TUPLE']);
const SETS = new Set(['SET', 'FROZENSET']);
// Drawn as a titled box whose pointers are not followed: their insides are
// the interpreter's, not the program's data.
const LEAVES = new Set(['TYPE', 'FUNCTION', 'MODULE', 'BUILTIN', 'CODE',
  'METHOD_DESCR', 'GETSET_DESCR', 'MEMBER_DESCR', 'WRAPPER', 'PROPERTY',
  'STATICMETHOD', 'CLASSMETHOD', 'FRAME', 'MAPPINGPROXY', 'RANGE', 'SLICE',
  'TRACEBACK']);
// Never drawn unless a name points at them. (Functions nothing drawn
// points at are held by a class or a closure whose insides are not drawn.)
const INTERNAL = new Set(['CODE', 'FRAME', 'BUILTIN', 'METHOD_DESCR',
  'GETSET_DESCR', 'MEMBER_DESCR', 'WRAPPER', 'MAPPINGPROXY', 'TYPE', 'MODULE',
  'TRACEBACK', 'FUNCTION']);

export const MAX_OBJECTS = 400;

// Long containers: a list, tuple or set shows at most SEQ_SHOWN slots (in
// rows, layout.js), a dict or record at most ROWS_SHOWN rows; the rest is
// one "… N more" slot the learner can open ([opts.expanded]: serials), and
// what only hidden slots point at is not drawn.
export const SEQ_SHOWN = 30;
export const ROWS_SHOWN = 16;

// How many of a node's [total] slots are shown: all, or one less than the
// most shown (the last place is the "more" slot).
function shownCount(kind, total, serial, opts) {
  const max = kind === 'seq' || kind === 'set' ? SEQ_SHOWN : ROWS_SHOWN;
  return total <= max || (opts.expanded && opts.expanded.has(serial)) ? total : max - 1;
}

// The object's pointers as [label, serial] pairs (strong references only).
export function pointersOf(o) {
  const out = [];
  if (o.items) o.items.forEach((s, i) => out.push([String(i), s]));
  if (o.entries) for (const [k, v] of o.entries) out.push([k, v, k]);
  if (o.members) for (const m of o.members) out.push(['', m]);
  if (o.attrs) for (const [k, v] of o.attrs) out.push([k, v]);
  if (o.refs) for (const [k, v] of o.refs) out.push([k, v]);
  return out;
}

// Every key and value, for reachability (dict keys are references too);
// with [opts], those of the slots shown only.
function* allPointers(o, opts = null) {
  let ps = pointersOf(o);
  if (opts) {
    const total = ps.length + (o.layout === 'WEAKREF' ? 1 : 0);
    ps = ps.slice(0, shownCount(kindOf(o), total, o.serial, opts));
  }
  for (const [, s, key] of ps) {
    if (key) yield key;
    if (s) yield s;
  }
}

// True when [o] is drawn inside the slot that points at it (user option):
// objects every program shares (None, True, small ints) and strs that were
// there before the program ran (interned names and constants).
export function isInlined(o, opts) {
  if (opts.sharedAtoms || !o || !ATOMS.has(o.layout)) return false;
  return o.immortal || (o.layout === 'STR' && !o.id);
}

// Objects reachable from [roots] through every strong pointer.
function reachableFrom(s, roots) {
  const seen = new Set();
  const todo = roots.filter(Boolean);
  while (todo.length) {
    const serial = todo.pop();
    if (seen.has(serial)) continue;
    const o = s.object(serial);
    if (!o) continue;
    seen.add(serial);
    for (const p of allPointers(o)) if (!seen.has(p)) todo.push(p);
  }
  return seen;
}

function frameRows(s, f) {
  const rows = s.names(f.serial)
    .filter(([name]) => !(f.kind === 'module' && MODULE_DUNDERS.has(name)))
    .map(([name, target]) => ({ name, target }));
  if (f.returnValue && f.kind !== 'module') rows.push({ name: 'return', target: f.returnValue,
                                 special: true });
  return rows;
}

// Frames drawn: the stack (outermost first) and suspended generators;
// Refscope's own library code (copy.deepcopy) is not the learner's.
function sceneFrames(s) {
  const current = s.current.frame;
  return s.frames().filter((f) => f && f.kind !== 'library').map((f) => ({
    serial: f.serial, kind: f.kind, name: f.name, line: f.line,
    suspended: !!f.suspended, current: f.serial === current,
    rows: frameRows(s, f),
  }));
}

function kindOf(o) {
  if (ATOMS.has(o.layout)) return 'atom';
  if (SEQUENCES.has(o.layout)) return 'seq';
  if (SETS.has(o.layout)) return 'set';
  if (o.layout === 'DICT') return 'dict';
  if (LEAVES.has(o.layout)) return 'leaf';
  return 'record';
}

function keyLabel(s, k) {
  const key = s.object(k);
  return key && key.value != null ? key.value : '?';
}

// A node's slots: label, target serial (0 = empty), inline text if the
// target is drawn inside the slot.
function slotsOf(s, o, kind, opts) {
  if (kind === 'atom' || kind === 'leaf') return [];
  const slots = [];
  // A target the state no longer has is drawn as an empty slot.
  const add = (label, target, keyTarget) => {
    const t = target ? s.object(target) : null;
    slots.push({ label, target: t ? target : 0, keyTarget: keyTarget || 0,
                 inline: t && isInlined(t, opts) ? t.value : null });
  };
  if (o.items) o.items.forEach((t, i) => add(String(i), t));
  if (o.entries) {
    for (const [k, v] of o.entries) {
      const key = s.object(k);
      if (kind === 'dict' && key && !isInlined(key, opts) && !opts.keysInline)
        add(keyLabel(s, k), v, k);
      else add(keyLabel(s, k), v);
    }
  }
  if (o.members) for (const m of o.members) add('', m);
  if (o.attrs) for (const [k, v] of o.attrs) add(k, v);
  if (o.refs) for (const [k, v] of o.refs) add(k, v);
  if (o.layout === 'WEAKREF') slots.push({ label: 'referent', target: o.weak,
                                         weak: true, inline: null });
  return elide(slots, kind, o.serial, opts);
}

// [slots] cut to those shown, then a slot with [more]: the number hidden,
// or -1 ("fewer") on a long node the learner opened.
function elide(slots, kind, serial, opts) {
  const n = shownCount(kind, slots.length, serial, opts);
  const max = kind === 'seq' || kind === 'set' ? SEQ_SHOWN : ROWS_SHOWN;
  const more = (extra) => ({ label: '', target: 0, keyTarget: 0, inline: null, more: extra });
  if (n < slots.length) return slots.slice(0, n).concat([more(slots.length - n)]);
  if (slots.length > max) slots.push(more(-1));
  return slots;
}

function titleOf(o) {
  switch (o.layout) {
    case 'TYPE': return o.name ? `class ${o.name}` : 'class';
    case 'FUNCTION': return o.name ? `function ${o.name}` : 'function';
    case 'MODULE': return o.name ? `module ${o.name}` : 'module';
    default: return o.typeName || 'object';
  }
}

// Nodes are reused while their object record (replayed states share the
// records that did not change) and GC info are the same, so the view can
// skip redrawing them.
const nodeCache = new WeakMap();

// What the interpreter is doing with exception [serial], if anything.
function exceptionRole(s, serial) {
  const ex = s.exception;
  if (serial === ex.uncaught) return 'uncaught';
  if (serial === ex.raised) return 'raised';
  if (serial === ex.handled) return 'handled';
  return null;
}

function nodeOf(s, o, opts) {
  const info = s.gcInfo(o.serial);
  const role = o.layout === 'EXCEPTION' ? exceptionRole(s, o.serial) : null;
  const open = opts.expanded && opts.expanded.has(o.serial) ? 1 : 0;
  const key = `${opts.sharedAtoms ? 1 : 0}:${open}:${info ? `${info.refs}:${info.mark}` : ''}:${role}`;
  const hit = nodeCache.get(o);
  if (hit && hit.key === key) return hit.node;
  const node = makeNode(s, o, opts, info);
  node.exception = role;
  nodeCache.set(o, { key, node });
  return node;
}

// During a collection the collector's own verdict counts: a __del__ it
// called leaves the object with references from its cycle and from the
// collector, which FINALIZE_END does not tell from a resurrection.
function resurrected(o, info) {
  return info ? info.mark === 'resurrected' : !!o.resurrected;
}

function makeNode(s, o, opts, info) {
  const kind = kindOf(o);
  return {
    serial: o.serial, kind, layout: o.layout, typeName: o.typeName,
    title: titleOf(o), value: o.value, refcnt: o.refcnt, id: o.id,
    gen: o.gen, finalized: !!o.finalized, resurrected: resurrected(o, info),
    gc: info ? { refs: info.refs, mark: info.mark } : null,
    slots: slotsOf(s, o, kind, opts),
  };
}

// Drawn objects: from the frames' names outwards (not into LEAVES), then the
// objects the program had in hand that nothing reaches now (cycles waiting
// for the collector; [reach]: reach.js), each with what it points at.
function selectObjects(s, frames, opts, reach) {
  const roots = [];
  for (const f of frames) for (const r of f.rows) roots.push(r.target);
  const ex = s.exception;
  for (const e of [ex.uncaught, ex.raised, ex.handled]) if (e) roots.push(e);
  const order = [];
  const drawn = new Set();
  // Past MAX_OBJECTS the walk stops: what it still had to visit is counted
  // as not drawn (at least that many more).
  const cut = new Set();
  const visit = (start) => {
    const todo = [start];
    let i = 0;
    for (; i < todo.length && order.length < MAX_OBJECTS; i++) {
      const serial = todo[i];
      if (!serial || drawn.has(serial)) continue;
      const o = s.object(serial);
      if (!o || isInlined(o, opts)) continue;
      drawn.add(serial);
      order.push(o);
      if (!LEAVES.has(o.layout)) for (const p of allPointers(o, opts)) todo.push(p);
    }
    for (; i < todo.length; i++) {
      const serial = todo[i];
      if (!serial || drawn.has(serial) || cut.has(serial)) continue;
      const o = s.object(serial);
      if (o && !isInlined(o, opts)) cut.add(serial);
    }
  };
  roots.forEach(visit);
  // Objects the program had in hand that the walk above did not draw, and
  // nothing the frames reach (cycles waiting for the collector). The walk
  // through everything reachable (the namespaces of module and class frames
  // too: their entries are the frames' rows) is made only if there are any.
  const candidates = [];
  for (const o of s.objects()) {
    if (drawn.has(o.serial) || o.opaque || !o.id || INTERNAL.has(o.layout)) continue;
    if (isInlined(o, opts) || (reach && !reach.seen(o.serial, s.n))) continue;
    candidates.push(o);
  }
  let hidden = cut.size;
  if (candidates.length) {
    const nsRoots = frames.map((f) => s.frame(f.serial)?.namespace).filter(Boolean);
    const reached = reachableFrom(s, roots.concat(nsRoots));
    for (const o of candidates) {
      if (drawn.has(o.serial) || reached.has(o.serial) || cut.has(o.serial)) continue;
      if (order.length >= MAX_OBJECTS) { hidden++; continue; }
      visit(o.serial);
    }
  }
  return { order, drawn, roots: new Set(roots), hidden };
}

// The scene of state [s]; [opts]: {sharedAtoms}; [reach]: a ReachIndex
// (without one, every object the program made may be drawn).
export function buildScene(s, opts, reach = null) {
  const frames = sceneFrames(s);
  const { order, drawn, hidden } = selectObjects(s, frames, opts, reach);
  const objects = order.map((o) => nodeOf(s, o, opts));
  return { n: s.n, frames, objects, drawn, hidden,
           currentLine: s.current.line, currentFrame: s.current.frame };
}

// The pointers to draw: frame names and node slots whose target is drawn.
export function sceneEdges(scene) {
  const edges = [];
  for (const f of scene.frames) {
    f.rows.forEach((r, i) => {
      if (r.target && scene.drawn.has(r.target))
        edges.push({ id: `f${f.serial}:${r.name}`, from: 'frame', src: f.serial,
                     slot: i, dst: r.target });
    });
  }
  for (const o of scene.objects) {
    o.slots.forEach((sl, i) => {
      if (sl.more) return;
      if (sl.keyTarget && scene.drawn.has(sl.keyTarget))
        edges.push({ id: `o${o.serial}:k${i}`, from: 'object', src: o.serial,
                     slot: i, dst: sl.keyTarget, key: true });
      if (sl.target && sl.inline == null && scene.drawn.has(sl.target))
        edges.push({ id: `o${o.serial}:${i}`, from: 'object', src: o.serial,
                     slot: i, dst: sl.target, weak: !!sl.weak });
    });
  }
  return edges;
}
