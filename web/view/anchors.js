// anchors.js — pure geometry of the memory view: where a pointer leaves a
// frame row or a node's slot, where it lands on its target, and the curve
// between them. Shared by the Stage and the tests.
import { FRAME_W, FRAME_HEAD, ROW_H, slotWidth, seqPlaces, SEQ_TOP, SEQ_PITCH } from './layout.js';

export const SEQ_SLOT_Y = SEQ_TOP;   // top of the first slot row in seq/set nodes
export const SLOT_H = 24;
export const RECORD_HEAD = 30;  // title height of dict/record nodes

// The point a frame's row [k] points from.
export function frameRowAnchor(box, k) {
  return { x: box.x + FRAME_W - 16, y: box.y + FRAME_HEAD + k * ROW_H + ROW_H / 2 };
}

// Top left corner of slot [k] of a seq/set node, relative to the node.
export function slotCorner(node, k) {
  const g = seqPlaces(node);
  return { x: g.xs[k], y: SEQ_TOP + g.rowOf[k] * SEQ_PITCH };
}

// The point node slot [k] points from (its key column when [key]).
export function slotAnchor(node, box, k, key = false) {
  if (node.kind === 'seq' || node.kind === 'set') {
    const c = slotCorner(node, k);
    return { x: box.x + c.x + slotWidth(node.slots[k]) / 2, y: box.y + c.y + SLOT_H / 2 };
  }
  return { x: box.x + (key ? 30 : box.w - 20),
           y: box.y + RECORD_HEAD + k * ROW_H + ROW_H / 2 };
}

// The gc_refs pill above a node's top left corner during a collection
// (NodeView.jsx), and the room the refcount badge takes at its top right.
export const PILL_W = 86;
const BADGE_ROOM = 28;

// Where a pointer from [from] lands on [box]: the nearest side. With
// [pill] (the target shows its gc_refs), a pointer from above lands right
// of the pill, or on a side if the node is too narrow, never across it.
export function landing(from, box, pill = false) {
  const cy = Math.max(box.y + 10, Math.min(box.y + box.h - 10, from.y));
  if (from.x < box.x) return { x: box.x, y: cy, side: 'left' };
  if (from.x > box.x + box.w) return { x: box.x + box.w, y: cy, side: 'right' };
  if (from.y < box.y && pill) {
    const lo = box.x + PILL_W + 10, hi = box.x + box.w - BADGE_ROOM;
    if (lo > hi) {
      return from.x < box.x + box.w / 2 ? { x: box.x, y: box.y + 10, side: 'left' }
        : { x: box.x + box.w, y: box.y + 10, side: 'right' };
    }
    return { x: Math.max(lo, Math.min(hi, from.x)), y: box.y, side: 'top' };
  }
  const cx = Math.max(box.x + 10, Math.min(box.x + box.w - 10, from.x));
  return from.y < box.y ? { x: cx, y: box.y, side: 'top' }
                        : { x: cx, y: box.y + box.h, side: 'bottom' };
}

// An SVG path from [a] to [b] (b from landing()).
export function curve(a, b) {
  const r = (v) => Math.round(v * 10) / 10;
  let c1, c2;
  if (b.side === 'left' || b.side === 'right') {
    const dx = Math.max(30, Math.abs(b.x - a.x) / 2);
    const s = b.side === 'left' ? 1 : -1;
    c1 = { x: a.x + dx * (b.side === 'left' ? 1 : -0.5), y: a.y };
    c2 = { x: b.x - s * dx, y: b.y };
  } else {
    const dy = Math.max(30, Math.abs(b.y - a.y) / 2);
    const s = b.side === 'top' ? 1 : -1;
    c1 = { x: a.x, y: a.y + s * dy };
    c2 = { x: b.x, y: b.y - s * dy };
  }
  return `M${r(a.x)} ${r(a.y)}C${r(c1.x)} ${r(c1.y)} ${r(c2.x)} ${r(c2.y)} ${r(b.x)} ${r(b.y)}`;
}

// A pointer from a slot of a node to the node itself: out to the right and
// back in at the top.
export function selfLoop(from, box) {
  const r = (v) => Math.round(v * 10) / 10;
  const x = box.x + box.w + 34;
  const top = box.y - 26;
  const end = { x: box.x + box.w - 34, y: box.y };
  return `M${r(from.x)} ${r(from.y)}C${r(x)} ${r(from.y)} ${r(x)} ${r(top)} ` +
    `${r(end.x + 20)} ${r(top)}S${r(end.x)} ${r(end.y - 14)} ${r(end.x)} ${r(end.y)}`;
}

// A pointer from a record's slot (on its right edge) to a node straight
// above or below: out to the right and into the target's right side, so
// that two nodes pointing at each other get two readable arcs, not one
// line with two heads.
export function sideArc(from, box) {
  const r = (v) => Math.round(v * 10) / 10;
  const y = Math.max(box.y + 10, Math.min(box.y + box.h - 10, from.y));
  const end = { x: box.x + box.w, y };
  const x = Math.max(from.x, end.x) + 30 + Math.min(60, Math.abs(y - from.y) / 5);
  return `M${r(from.x)} ${r(from.y)}C${r(x)} ${r(from.y)} ${r(x)} ${r(y)} ${r(end.x)} ${r(y)}`;
}

// True when a pointer from [from] should take sideArc to [box]: it leaves
// a record's slot that is right above or below the target.
export function needsSideArc(srcNode, from, box) {
  return (srcNode.kind === 'record' || srcNode.kind === 'dict') &&
    from.x >= box.x - 4 && from.x <= box.x + box.w + 4;
}
