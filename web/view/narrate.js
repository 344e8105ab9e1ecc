// narrate.js — pure: one plain-language line for an event, or for a step
// that spans many events, shown under the memory view and read by screen
// readers. It only words what the trace says.

export const PHASE_TEXT = {
  update_refs: 'each object\'s gc_refs starts as its reference count',
  subtract_refs: 'every reference from inside the generation is subtracted, ' +
    'so gc_refs counts only references from outside',
  move_unreachable: 'objects left with gc_refs 0 are marked unreachable; ' +
    'whatever a reachable object points at is rescued',
  untrack_tuples: 'tuples that hold only untracked objects stop being tracked',
  promote_survivors: 'the survivors move to the next generation',
  untrack_dicts: 'dicts that hold only untracked objects stop being tracked',
  handle_legacy_finalizers: 'objects with legacy finalizers are set aside',
  handle_weakrefs: 'weak references to unreachable objects are cleared',
  finalize_garbage: 'the __del__ methods of unreachable objects run, once each',
  handle_resurrected_objects: 'the collector checks whether a __del__ made ' +
    'anything reachable again (resurrection)',
  delete_garbage: 'references held by the unreachable objects are cleared, ' +
    'so the cycles fall apart and are freed',
  done: 'the collection is over',
};

// "the int 42", "a list", "the Node object".
export function describe(s, serial) {
  const o = s && serial ? s.object(serial) : null;
  if (!o) return serial ? 'an object' : 'nothing';
  if (o.layout === 'NONE') return 'None';
  if (o.value != null && o.layout !== 'TYPE')
    return `the ${o.typeName} ${clip(o.value)}`;
  if (o.layout === 'TYPE') return `the class ${o.name || o.typeName}`;
  if (o.layout === 'OBJECT') return `a ${o.typeName} object`;
  return `${/^[aeiou]/i.test(o.typeName) ? 'an' : 'a'} ${o.typeName}`;
}

function clip(text, max = 30) {
  return text.length > max ? text.slice(0, max - 1) + '…' : text;
}

function frameName(s, serial) {
  const f = s && s.frame(serial);
  if (!f) return 'a frame';
  if (f.kind === 'module') return 'the module';
  if (f.kind === 'class_body') return `the body of class ${f.name}`;
  return f.name + '()';
}

// One sentence for event [e] (replay.event(i)); [before]/[after]: the
// states around it. '' for announcements that change nothing drawn.
export function narrateEvent(e, before, after) {
  const d = (serial) => describe(after.object(serial) ? after : before, serial);
  switch (e.ev) {
    case 'LINE': return `Line ${e.line} of ${frameName(after, e.frame)} runs next.`;
    case 'FRAME_PUSH': return e.kind === 'class_body'
      ? `The body of class ${e.name} starts running in a frame of its own.`
      : `A call makes a new frame for ${e.name}.`;
    case 'FRAME_EXIT': return `The frame of ${frameName(before, e.frame)} leaves the call stack; ` +
      'its local names are released next.';
    case 'FRAME_POP': return `${frameName(before, e.frame)} is done: its frame goes away, and with it its names.`;
    case 'RETURN': return returnText(e, after, d);
    case 'LOCAL_SET': return `The name ${e.name} now refers to ${d(e.value)}.`;
    case 'LOCAL_DEL': return `The name ${e.name} is deleted.`;
    case 'ALLOC': return `A new ${after.object(e.obj)?.typeName || 'object'} is created.`;
    case 'REFCOUNT': return refcountText(e, before, after);
    case 'FREE': return before.object(e.obj) ? `${cap(describe(before, e.obj))} is freed.` : '';
    case 'FINALIZE': return `${cap(d(e.obj))}: its __del__ method runs.`;
    case 'FINALIZE_END': return e.resurrected
      ? `__del__ stored a new reference to ${d(e.obj)}: it is resurrected.`
      : `__del__ of ${d(e.obj)} is done.`;
    case 'SEQ_SET': return `Item ${e.index} of ${d(e.obj)} now refers to ${d(e.value)}.`;
    case 'SEQ_INSERT': return `${cap(d(e.value))} goes in at index ${e.index} of ${d(e.obj)}.`;
    case 'SEQ_DEL': return `Item ${e.index} of ${d(e.obj)} is removed.`;
    case 'DICT_SET': return dictSetText(e, before, after, d);
    case 'DICT_DEL': return `The key ${d(e.key)} is removed from ${d(e.obj)}.`;
    case 'ATTR_SET': return `The attribute ${e.name} of ${d(e.obj)} now refers to ${d(e.value)}.`;
    case 'ATTR_DEL': return `The attribute ${e.name} of ${d(e.obj)} is deleted.`;
    case 'SET_ADD': return `${cap(d(e.item))} is added to ${d(e.obj)}.`;
    case 'WEAKREF_NEW': return `A weak reference to ${d(e.target)} is made; it does not count in its refcount.`;
    case 'WEAKREF_CLEAR': return 'A weak reference is cleared: its object is going away.';
    case 'WEAKREF_CALLBACK': return 'The weak reference\'s callback is called.';
    case 'OUTPUT': return e.text.trim() ? `The program writes ${JSON.stringify(clip(e.text, 40))}.` : '';
    case 'EXC_RAISE': return `${cap(d(e.exc))} is raised on line ${e.line}.`;
    case 'EXC_CATCH': return `${cap(d(e.exc))} is caught on line ${e.line}.`;
    case 'EXC_UNCAUGHT': return `Nothing catches ${d(e.exc)}: the program stops with a traceback.`;
    case 'LIMIT': return `Stopped: ${e.message}.`;
    case 'END': return e.status === 'limit' && before.limit
      ? `The trace ends here: ${before.limit.message}.`
      : 'The program has finished; the interpreter has shut down.';
    default: return gcText(e, d, after) ?? '';
  }
}

function returnText(e, after, d) {
  const kind = after.frame(e.frame)?.kind;
  if (kind === 'module')
    return 'The program\'s last line has run; next, the interpreter shuts down (as CPython does at exit).';
  if (kind === 'class_body')
    return `${cap(frameName(after, e.frame))} has run: its names become the class's attributes.`;
  return `${frameName(after, e.frame)} returns ${d(e.value)}.`;
}

// Why a collection runs, in words, from GC_BEGIN's [trigger] (the core's
// vm_enum gc_trigger: core/TRACE.md).
const TRIGGER_TEXT = {
  automatic: 'automatic: gen 0 passed its threshold',
  collect: 'gc.collect()',
  shutdown: 'the interpreter\'s shutdown, after the program',
};
export function collectionCause(trigger) {
  return TRIGGER_TEXT[trigger] || String(trigger);
}

function gcText(e, d, after) {
  switch (e.ev) {
    case 'GC_BEGIN': return `The cyclic garbage collector starts on generation ${e.gen} ` +
      `(${collectionCause(e.trigger)}).`;
    case 'GC_PHASE': return `GC: ${PHASE_TEXT[e.phase] || e.phase}.`;
    case 'GC_REFS': return `GC: ${d(e.obj)} starts with gc_refs ${e.gc_refs}.`;
    case 'GC_SUBTRACT': return `GC: ${d(e.from)} points at ${d(e.to)} from inside; its gc_refs drops to ${e.gc_refs}.`;
    case 'GC_UNREACHABLE': return `GC: ${d(e.obj)} has gc_refs 0: tentatively unreachable.`;
    case 'GC_REACHABLE': return e.from
      ? `GC: ${d(e.obj)} is reachable from ${d(e.from)}: rescued.`
      : `GC: ${d(e.obj)} has references from outside: reachable.`;
    case 'GC_RESURRECTED': return `GC: ${d(e.obj)} was made reachable again by a finalizer.`;
    case 'GC_CLEAR': return `GC: the references held by ${d(e.obj)} are cleared.`;
    case 'GC_MOVE': return `GC: ${d(e.obj)} moves to generation ${e.gen}.`;
    case 'GC_SAVED': return `GC: ${d(e.obj)} is kept in gc.garbage.`;
    case 'GC_END': return `The collection of generation ${e.gen} is over: ${e.collected} ` +
      `object${e.collected === 1 ? '' : 's'} collected.`;
    default: return null;
  }
}

function refcountText(e, before, after) {
  const old = before.object(e.obj)?.refcnt;
  const dir = old == null ? 'is now' : e.refcnt > old ? 'goes up to' : 'goes down to';
  return `The reference count of ${describe(after, e.obj)} ${dir} ${e.refcnt}.`;
}

function dictSetText(e, before, after, d) {
  const key = after.object(e.key);
  const f = [...after.frames()].find((fr) => fr && fr.namespace === e.obj);
  if (f && key && key.layout === 'STR')
    return `The name ${key.value.slice(1, -1)} now refers to ${d(e.value)}.`;
  return `${cap(d(e.obj))}[${key?.value ?? '…'}] now refers to ${d(e.value)}.`;
}

function cap(text) { return text.charAt(0).toUpperCase() + text.slice(1); }

const GC_COUNTS = [
  ['GC_SUBTRACT', 'reference subtracted', 'references subtracted'],
  ['GC_UNREACHABLE', 'object marked unreachable', 'objects marked unreachable'],
  ['GC_REACHABLE', 'object found reachable', 'objects found reachable'],
  ['WEAKREF_CLEAR', 'weak reference cleared', 'weak references cleared'],
  ['FINALIZE', '__del__ ran', '__del__ methods ran'],
  ['GC_RESURRECTED', 'object resurrected', 'objects resurrected'],
  ['GC_CLEAR', 'object cleared', 'objects cleared'],
  ['FREE', 'object freed', 'objects freed'],
  ['GC_MOVE', 'object moved to an older generation', 'objects moved to an older generation'],
];

// At the end of a collection phase: what the phase does and how often it
// did it (over the whole generation, drawn or not).
function phaseEndText(replay, from, to, phase) {
  const t = replay.trace;
  const count = new Map();
  for (let i = Math.max(from, 0); i < to; i++) {
    const name = t.eventName(i);
    count.set(name, (count.get(name) || 0) + 1);
  }
  const bits = GC_COUNTS.filter(([k]) => count.get(k))
    .map(([k, one, many]) => `${count.get(k)} ${count.get(k) === 1 ? one : many}`);
  return `GC, ${phase}: ${PHASE_TEXT[phase] || phase}.` +
    (bits.length && to > from ? ` (${bits.join(', ')}.)` : '');
}

function isPhaseEnd(t, n) {
  if (n >= t.count) return false;
  const name = t.eventName(n);
  return name === 'GC_PHASE' || name === 'GC_END';
}

// Events a step's words mention even when later events follow them; the
// container changes only for containers the program has in hand.
const NOTABLE = new Set(['EXC_RAISE', 'SEQ_SET', 'SEQ_INSERT', 'SEQ_DEL',
  'FINALIZE', 'WEAKREF_CALLBACK']);
const CONTAINER_EVENTS = new Set(['SEQ_SET', 'SEQ_INSERT', 'SEQ_DEL']);

// The last event before [to] (and from [lo] on, at most 64 back) that has
// words, or -1.
function lastSaid(replay, lo, to, before, after) {
  for (let i = to - 1; i >= Math.max(lo, to - 64); i--) {
    const name = replay.trace.eventName(i);
    if (replay.isQuiet(i) || name === 'LINE' || name === 'REFCOUNT' ||
        name === 'GC_TRACK' || name === 'GC_UNTRACK') continue;
    // A temporary container, made and freed within the step, gets no words.
    const obj = replay.trace.a(i);
    if (CONTAINER_EVENTS.has(name) && !before.object(obj) && !after.object(obj)) continue;
    if (narrateEvent(replay.event(i), before, after)) return i;
  }
  return -1;
}

// True when event [i] (from [lo] on) happens in a library frame (Refscope's
// own Python code, such as copy.deepcopy's, which the learner steps over):
// the kind its FRAME_PUSH gave it, or the frame's in the state at [lo].
function inLibrary(replay, lo, i, stateAt) {
  const frame = replay.event(i).frame;
  for (let k = i - 1; k >= lo; k--) {
    if (replay.trace.eventName(k) !== 'FRAME_PUSH') continue;
    const e = replay.event(k);
    if (e.frame === frame) return e.kind === 'library';
  }
  const f = stateAt(lo).frame(frame);
  return !!f && f.kind === 'library';
}

// True when container [serial] is one the program has in hand ([shown])
// and is there before or after the step (not a temporary made and freed
// within it, which would read "Item 0 of an object").
function inHand(serial, stateAt, lo, to, shown) {
  return shown(serial) && !!(stateAt(to).object(serial) || stateAt(lo).object(serial));
}

// A summary of the events in (from, to]: what happened that matters (an
// exception raised, a container changed, a __del__ run), the last event
// with words, and how many objects were made and freed on the way.
// [stateAt(n)]: replay.state or a cache of it; [shown(serial)]: whether the
// program has had the object in hand (reach.js), all objects by default.
// Events inside the step are described with the states at its two ends
// (the states in between are not replayed for words).
export function narrateStep(replay, from, to, stateAt = (n) => replay.state(n),
                            shown = () => true) {
  if (to <= 0) return 'Ready: press Step or → to run the first line.';
  const collecting = stateAt(to).gc.collecting;
  if (collecting && isPhaseEnd(replay.trace, to) && replay.event(to - 1).ev !== 'GC_BEGIN')
    return phaseEndText(replay, from, to, collecting.phase);
  const t = replay.trace;
  let allocs = 0, frees = 0;
  const notable = [], kinds = new Set();
  const lo = Math.max(0, to > from ? from : to - 1);
  const words = to - lo < 5000;
  for (let i = lo; i < to; i++) {
    const name = t.eventName(i);
    if (name === 'ALLOC') allocs++;
    else if (name === 'FREE') frees++;
    if (!words || !NOTABLE.has(name) || notable.length >= 3) continue;
    const kind = CONTAINER_EVENTS.has(name) ? 'container' : name;
    if (kind === 'EXC_RAISE' && inLibrary(replay, lo, i, stateAt)) continue;
    if (kind === 'container' && !inHand(t.a(i), stateAt, lo, to, shown)) continue;
    if (!kinds.has(kind)) {
      notable.push(i);
      kinds.add(kind);
    }
  }
  const after = stateAt(to);
  const before = stateAt(to > from ? from : to - 1);
  const at = replay.event(to - 1);
  const picks = notable.filter((i) => i !== to - 1);
  const last = words ? lastSaid(replay, lo, to - 1, before, after) : -1;
  if (last >= 0 && !picks.includes(last)) picks.push(last);
  const said = picks.map((i) => narrateEvent(replay.event(i), before, after));
  said.push(at.ev === 'LINE' ? `Line ${at.line} of ${frameName(after, at.frame)} is next.`
    : narrateEvent(at, before, after));
  const text = said.filter(Boolean).join(' ');
  const bits = [];
  if (allocs) bits.push(`${allocs} object${allocs > 1 ? 's' : ''} made`);
  if (frees) bits.push(`${frees} freed`);
  return bits.length && to > from ? `${text} (${bits.join(', ')}.)` : text;
}
