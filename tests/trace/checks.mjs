// checks.mjs — what the page relies on in a replayed state (web/trace/
// STATE.md), checked by corpus.mjs and replay.test.mjs beyond the equality
// with the VM's dumps: every pointer drawn leads to an object of the state,
// no refcount is below the strong references drawn to the object, and the
// final output is python3's.

// The strong pointers of [r] (a replayed Obj), as [serial, where] pairs.
function* strongRefs(r) {
  if (r.opaque) return;
  if (r.items) for (const [k, v] of r.items.entries()) yield [v, `items[${k}]`];
  if (r.entries) {
    for (const [k, v] of r.entries) {
      yield [k, 'entries key'];
      yield [v, `entries[${k}]`];
    }
  }
  if (r.members) for (const v of r.members) yield [v, 'members'];
  if (r.attrs) for (const [k, v] of r.attrs) yield [v, `attrs.${k}`];
  if (r.refs) for (const [k, v] of r.refs) yield [v, `refs.${k}`];
}

// Every strong pointer of the frames: locals, namespaces, return values.
function* frameRefs(s) {
  for (const f of s.frames()) {
    for (const slot of f.locals) if (slot) yield [slot[1], `frame ${f.serial} ${slot[0]}`];
    if (f.namespace) yield [f.namespace, `frame ${f.serial} namespace`];
    if (f.returnValue) yield [f.returnValue, `frame ${f.serial} return`];
  }
}

// Counts a pointer to [serial] from [where]; a message if it dangles.
function count(s, counts, serial, where) {
  if (!serial) return null;
  if (!s.object(serial)) return `${where} points at #${serial}, not in the state`;
  counts.set(serial, (counts.get(serial) || 0) + 1);
  return null;
}

// null if [s] is drawable, else what is wrong. Namespace and return
// pointers are not counted against refcounts (a frame holds its namespace
// and return value through the C stack, drawn or not).
export function checkState(s) {
  const counts = new Map();
  for (const r of s.objects()) {
    for (const [v, where] of strongRefs(r)) {
      const bad = count(s, counts, v, `#${r.serial} ${where}`);
      if (bad) return bad;
    }
    if (r.weak && !s.object(r.weak))
      return `weakref #${r.serial} points at #${r.weak}, not in the state`;
  }
  for (const [v, where] of frameRefs(s)) {
    if (!v) continue;
    if (!s.object(v)) return `${where} points at #${v}, not in the state`;
    if (!where.endsWith('namespace') && !where.endsWith('return'))
      counts.set(v, (counts.get(v) || 0) + 1);
  }
  for (const [serial, n] of counts) {
    const r = s.object(serial);
    if (r.refcnt !== null && r.refcnt < n)
      return `#${serial} (${r.typeName}) has refcount ${r.refcnt} but ${n} ` +
             'references are drawn';
  }
  return null;
}

// The final state: the run is over, the stack empty (unless the event
// budget cut the trace short), the output python3's ([stdout] null: not
// compared).
export function checkEnd(s, stdout) {
  if (!s.end) return 'no END in the final state';
  const cut = s.limit && s.limit.name === 'events';
  if (s.stack.length && !cut) return `frames left on the stack: ${s.stack}`;
  if (stdout !== null && s.output(1) !== stdout)
    return 'the replayed stdout differs from python3\'s .out';
  return null;
}

// A dying object drops its references before its memory goes (FREE): the
// page animates that cascade. The first FREE of an object that still has
// pointers in the replay, or null.
export function checkFrees(replay) {
  const t = replay.trace;
  const FREE = t.K.FREE;
  for (let i = 0; i < t.count; i++) {
    if (t.kind(i) !== FREE) continue;
    const r = replay.state(i).object(t.a(i));
    if (!r || r.opaque) continue;
    for (const [v, where] of strongRefs(r)) {
      if (v) return `event ${i}: #${r.serial} (${r.typeName}) is freed ` +
                    `with ${where} = #${v}`;
    }
  }
  return null;
}
