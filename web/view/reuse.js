// reuse.js — scene diffing by serial: a new scene (scene.js) takes over the
// previous scene's node and frame objects that draw exactly the same, so
// the memoised components of the view (Stage.jsx) skip them. Replayed
// states rebuilt from a checkpoint have fresh object records even where
// nothing changed, so identity of records alone is not enough.

const NODE_FIELDS = ['kind', 'layout', 'typeName', 'title', 'value', 'refcnt',
  'id', 'gen', 'finalized', 'resurrected', 'exception'];
const SLOT_FIELDS = ['label', 'target', 'keyTarget', 'inline', 'weak', 'more'];

function sameFields(a, b, fields) {
  for (const f of fields) if (a[f] !== b[f]) return false;
  return true;
}

function sameList(a, b, fields) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!sameFields(a[i], b[i], fields)) return false;
  return true;
}

// True when nodes [a] and [b] draw the same.
export function sameNode(a, b) {
  if (!sameFields(a, b, NODE_FIELDS)) return false;
  if ((a.gc === null) !== (b.gc === null)) return false;
  if (a.gc && (a.gc.refs !== b.gc.refs || a.gc.mark !== b.gc.mark)) return false;
  return sameList(a.slots, b.slots, SLOT_FIELDS);
}

function sameFrame(a, b) {
  return sameFields(a, b, ['serial', 'kind', 'name', 'suspended', 'current']) &&
    sameList(a.rows, b.rows, ['name', 'target', 'special']);
}

// [next] with the nodes and frames of [prev] (a scene of the same run, or
// null) that did not change; [next] is changed in place and returned.
export function reuseScene(prev, next) {
  if (!prev) return next;
  const old = new Map();
  for (const o of prev.objects) old.set(o.serial, o);
  next.objects = next.objects.map((o) => {
    const p = old.get(o.serial);
    return p && p !== o && sameNode(p, o) ? p : o;
  });
  const frames = new Map(prev.frames.map((f) => [f.serial, f]));
  next.frames = next.frames.map((f) => {
    const p = frames.get(f.serial);
    return p && sameFrame(p, f) ? p : f;
  });
  return next;
}
