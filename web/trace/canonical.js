// canonical.js — a replayed State (replay.js) as the canonical JSON object
// that `refscope trace --states` prints, computed there in C from the VM's
// own structures (core/trace_state.c). Tests compare the two; the page does
// not use this. Field rules: core/TRACE.md, "State dumps".

function pairs(map, sortByKey) {
  const out = [...map.entries()];
  if (sortByKey) out.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
  return out;
}

function canonicalItems(items) {
  let n = items.length;
  while (n > 0 && !items[n - 1]) n--;
  return items.slice(0, n).map((v) => v || 0);
}

function canonicalObject(s, r) {
  const o = { obj: r.serial, type: r.type, layout: r.layout,
              refcnt: r.refcnt, value: r.value, id: r.id };
  if (r.name !== null) o.name = r.name;
  o.gen = r.gen;
  o.finalized = r.finalized;
  if (r.interned) o.interned = true;
  const info = s.gcInfo(r.serial);
  if (s.gc.collecting && info) {
    o.gc_refs = info.refs;
    if (info.mark) o.gc_mark = info.mark;
  }
  if (r.opaque) {
    o.opaque = true;
    return o;
  }
  const items = r.items ? canonicalItems(r.items) : [];
  if (items.length) o.items = items;
  if (r.entries && r.entries.size) o.entries = pairs(r.entries, false);
  if (r.members && r.members.size)
    o.members = [...r.members].sort((x, y) => x - y);
  if (r.attrs && r.attrs.size) o.attrs = pairs(r.attrs, true);
  if (r.refs && r.refs.size) o.refs = pairs(r.refs, true);
  if (r.weak) o.weak = r.weak;
  return o;
}

function canonicalFrame(f) {
  const locals = [];
  f.locals.forEach((slot) => { if (slot) locals.push(slot); });
  return { frame: f.serial, kind: f.kind, name: f.name, line: f.line,
           locals, namespace: f.namespace, suspended: f.suspended,
           exiting: f.exiting };
}

// The canonical JSON object of state [s].
export function canonicalState(s) {
  const objects = [];
  for (const r of s.objects()) objects.push(canonicalObject(s, r));
  const c = s.gc.collecting;
  return {
    state: s.n,
    stack: s.stack.slice(),
    frames: s.frames().map(canonicalFrame),
    objects,
    gc: { enabled: s.gc.enabled, threshold: s.gc.threshold.slice(),
          count: s.gc.count.slice(),
          collecting: c ? { gen: c.gen, phase: c.phase } : null },
    handled: s.exception.handled,
    stdout: s.output(1),
    stderr: s.output(2),
  };
}
