// layout.js — positions for a scene (scene.js). Frames stack in the left
// column; heap nodes sit on a grid and keep their place for the whole run:
// a node is placed once, the first time it is drawn, next to what points at
// it (right of the frame row or of the referring node), in the nearest free
// cells. Deterministic for a given order of scenes.

import { CellGrid } from './cellgrid.js';

export const FRAME_W = 170;
export const ROW_H = 24;
export const FRAME_HEAD = 28;
export const FRAME_GAP = 14;
export const CELL_W = 44;
export const CELL_H = 36;
export const HEAP_X = FRAME_W + 70;
const SLOT_W = 40;
const RECORD_W = 176;
const PAD = 8;

// Width of [text] in the 13 px monospace font of the view (estimated).
export function textWidth(text) {
  return Math.ceil(String(text).length * 7.9);
}

// Width of a node's head line: its title (11 px sans-serif), then the
// generation label and the refcount badge at the right.
export const TITLE_MAX = 24;
function headWidth(node) {
  const title = Math.min(String(node.title ?? '').length, TITLE_MAX);
  return 8 + Math.ceil(title * 6.4) + (node.gen != null ? 44 : 8) + 26;
}

// The drawn size of a node: seq/set slots run left to right; dicts and
// records list key | value rows; atoms and leaves are one labelled box.
export function nodeSize(node) {
  const size = bodySize(node);
  return { w: Math.max(size.w, headWidth(node)), h: size.h };
}

function bodySize(node) {
  switch (node.kind) {
    case 'atom':
      return { w: Math.max(60, Math.min(textWidth(node.value ?? '') + 20, 300)),
               h: 48 };
    case 'seq': case 'set': {
      const g = seqPlaces(node);
      return { w: Math.max(110, g.w + 2 * PAD), h: SEQ_TOP + g.rows * SEQ_PITCH - 6 };
    }
    case 'dict': case 'record':
      return { w: RECORD_W, h: 30 + Math.max(1, node.slots.length) * ROW_H + 6 };
    default:
      return { w: Math.max(120, textWidth(String(node.value ?? '').slice(0, 20)) + 24),
               h: 48 };
  }
}

export function slotWidth(slot) {
  if (slot.more) return slot.more > 0 ? textWidth(`… ${slot.more} more`) + 12 : textWidth('fewer') + 12;
  return slot.inline != null
    ? Math.max(SLOT_W, Math.min(textWidth(slot.inline) + 10, 160)) : SLOT_W;
}

// The slots of a seq/set node run left to right in rows of at most
// SEQ_ROW_W px (ten plain slots): {xs, rows: row of each slot, w: widest
// row, rows}. Cached per node (scene nodes are not changed once made).
export const SEQ_ROW_W = 10 * SLOT_W;
export const SEQ_TOP = 28;      // top of the first slot row
export const SEQ_PITCH = 40;    // a slot row: the slot and its index
const placesCache = new WeakMap();
export function seqPlaces(node) {
  let g = placesCache.get(node);
  if (g) return g;
  const xs = [], rowOf = [];
  let x = 0, row = 0, w = 0;
  for (const s of node.slots) {
    const sw = slotWidth(s);
    if (x > 0 && x + sw > SEQ_ROW_W) { row++; x = 0; }
    xs.push(PAD + x);
    rowOf.push(row);
    x += sw;
    w = Math.max(w, x);
  }
  g = { xs, rowOf, w, rows: row + 1 };
  placesCache.set(node, g);
  return g;
}

export function frameHeight(frame) {
  return FRAME_HEAD + Math.max(1, frame.rows.length) * ROW_H + 8;
}

// Frame boxes stacked from the top, outermost first.
export function layoutFrames(frames) {
  let y = 0;
  return frames.map((f) => {
    const box = { x: 0, y, w: FRAME_W, h: frameHeight(f) };
    y += box.h + FRAME_GAP;
    return box;
  });
}

const SEARCH = 48;
const orders = new Map();

// Offsets [dc, dr] around a wanted cell, nearest first: 'down' makes a
// step sideways cost three steps down, 'across' the other way round. Going
// up or left costs more than going down or right.
function searchOrder(dir) {
  let order = orders.get(dir);
  if (order) return order;
  const [wc, wr] = dir === 'down' ? [3, 1] : [1, 3];
  const all = [];
  for (let dc = -4; dc <= SEARCH; dc++)
    for (let dr = -4; dr <= SEARCH; dr++)
      all.push([dc, dr, wc * Math.abs(dc) * (dc < 0 ? 2 : 1) + wr * Math.abs(dr) * (dr < 0 ? 2 : 1)]);
  all.sort((a, b) => a[2] - b[2] || a[1] - b[1] || a[0] - b[0]);
  // Flat [dc0, dr0, dc1, dr1, ...]: the search runs thousands of probes.
  order = Int16Array.from(all.flatMap(([dc, dr]) => [dc, dr]));
  orders.set(dir, order);
  return order;
}

export class Layout {
  // [span(serial)]: [from, to) in event indexes, the time the node may be
  // drawn (prelayout.js), or null when unknown; two nodes share a place only
  // if their spans are disjoint. Unknown: from the moment it is first
  // placed, for ever.
  constructor(span = null) {
    this.cells = new Map(); // serial -> {col, row, cols, rows}
    this.grid = new CellGrid(); // which nodes cover each cell, and when
    this.spans = new Map(); // serial -> [from, to) of nodes placed without one
    this.maxSize = new Map(); // serial -> the largest size seen (prelayout)
    this.span = span;
    this.extent = { w: HEAP_X + 200, h: 200 };
  }

  // Records the size of each node of [scene], so a node that will grow (a
  // list being appended to) gets the room for its largest size at once.
  noteSizes(scene) {
    for (const o of scene.objects) {
      const sz = nodeSize(o);
      const m = this.maxSize.get(o.serial);
      if (!m || sz.w > m.w || sz.h > m.h)
        this.maxSize.set(o.serial, { w: Math.max(sz.w, m?.w ?? 0), h: Math.max(sz.h, m?.h ?? 0) });
    }
  }

  _room(serial, size) {
    const m = this.maxSize.get(serial);
    return m ? { w: Math.max(m.w, size.w), h: Math.max(m.h, size.h) } : size;
  }

  _span(serial) {
    return (this.span && this.span(serial)) || this.spans.get(serial) || [0, Infinity];
  }

  // Positions of [scene]'s frames and nodes: {frames: [box], nodes: Map}.
  // A node keeps the place it got the first time it was drawn. [keep]:
  // serials of freed nodes still fading out, whose places a new node may
  // not take yet.
  place(scene, keep = []) {
    const frameBoxes = layoutFrames(scene.frames);
    const sizes = new Map(scene.objects.map((o) => [o.serial, nodeSize(o)]));
    const fresh = scene.objects.filter((o) => !this.cells.has(o.serial));
    const hints = fresh.length ? this._hints(scene, frameBoxes) : null;
    const kept = new Set(keep);
    for (const o of fresh) {
      if (!this.span || !this.span(o.serial)) this.spans.set(o.serial, [scene.n ?? 0, Infinity]);
      this._placeNew(o, this._room(o.serial, sizes.get(o.serial)), hints, kept);
    }
    const nodes = new Map();
    for (const o of scene.objects)
      nodes.set(o.serial, this.box(o.serial, sizes.get(o.serial)));
    this._grow(frameBoxes, nodes);
    return { frames: frameBoxes, nodes };
  }

  // The box of a placed node of [size].
  box(serial, size) {
    const c = this.cells.get(serial);
    return c ? { x: HEAP_X + c.col * CELL_W, y: c.row * CELL_H, w: size.w,
                 h: size.h } : null;
  }

  // Where each new node would like to go: right of its first referrer.
  _hints(scene, frameBoxes) {
    const hints = new Map();
    scene.frames.forEach((f, i) => {
      f.rows.forEach((r, k) => {
        if (r.target && !hints.has(r.target)) {
          const y = frameBoxes[i].y + FRAME_HEAD + k * ROW_H;
          hints.set(r.target, { col: 0, row: Math.floor(y / CELL_H) });
        }
      });
    });
    for (const o of scene.objects) {
      o.slots.forEach((s, k) => {
        for (const t of [s.target, s.keyTarget]) {
          if (!t || hints.has(t)) continue;
          hints.set(t, { from: o.serial, slot: k, kind: o.kind });
        }
      });
    }
    return hints;
  }

  // The wanted cell: right of what points at it, in the same rows, looking
  // downwards first (as Python Tutor draws: depth goes right). Objects named
  // by a frame go down the column beside it, so their pointers cross nothing.
  _hintCell(hint) {
    if (!hint) return { col: 0, row: 0, dir: 'down' };
    if (hint.from === undefined) return { ...hint, dir: 'down' };
    const c = this.cells.get(hint.from);
    if (!c) return { col: 0, row: 0, dir: 'down' };
    const row = hint.kind === 'seq' || hint.kind === 'set' ? c.row : c.row + Math.floor(hint.slot / 2);
    return { col: c.col + c.cols + 1, row, dir: 'down' };
  }

  _placeNew(o, size, hints, kept) {
    const cols = Math.ceil((size.w + 16) / CELL_W);
    const rows = Math.ceil((size.h + 14) / CELL_H);
    const want = this._hintCell(hints.get(o.serial));
    const cell = this._nearestFree(want, cols, rows, this._span(o.serial), kept);
    this.cells.set(o.serial, cell);
    this._take(cell, o.serial);
  }

  // The free area nearest [want], nearness weighted by [want.dir]: free of
  // nodes drawn at some time of [span] and of nodes fading out ([kept]).
  _nearestFree(want, cols, rows, span, kept) {
    const order = searchOrder(want.dir);
    const [a0, a1] = span;
    for (let i = 0; i < order.length; i += 2) {
      const col = want.col + order[i], row = want.row + order[i + 1];
      if (col >= 0 && row >= 0 && this._free(col, row, cols, rows, a0, a1, kept))
        return { col, row, cols, rows };
    }
    return { col: 0, row: 1000 + this.grid.size, cols, rows };
  }

  _free(col, row, cols, rows, a0, a1, kept) {
    for (let c = col; c < col + cols; c++)
      for (let r = row; r < row + rows; r++)
        if (!this.grid.free(c, r, a0, a1, kept)) return false;
    return true;
  }

  // Marks the cells of [cell] as covered by node [serial].
  _take(cell, serial) {
    const [from, to] = this._span(serial);
    for (let c = cell.col; c < cell.col + cell.cols; c++)
      for (let r = cell.row; r < cell.row + cell.rows; r++)
        this.grid.add(c, r, serial, from, to);
  }

  // The drawing area only grows during a run, so nothing rescales back.
  _grow(frameBoxes, nodes) {
    const e = this.extent;
    for (const b of frameBoxes) e.h = Math.max(e.h, b.y + b.h + 10);
    for (const b of nodes.values()) {
      e.w = Math.max(e.w, b.x + b.w + 20);
      e.h = Math.max(e.h, b.y + b.h + 20);
    }
  }
}
