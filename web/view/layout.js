// layout.js — positions for a scene (scene.js). Frames stack in the left
// column; heap nodes sit on a grid and keep their place for the whole run:
// a node is placed once, the first time it is drawn, next to what points at
// it (right of the frame row or of the referring node), in the nearest free
// cells. Deterministic for a given order of scenes.

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

// The drawn size of a node: seq/set slots run left to right; dicts and
// records list key | value rows; atoms and leaves are one labelled box.
export function nodeSize(node) {
  switch (node.kind) {
    case 'atom':
      return { w: Math.max(60, Math.min(textWidth(node.value ?? '') + 20, 300)),
               h: 48 };
    case 'seq': case 'set': {
      const slots = node.slots.map((s) => slotWidth(s));
      const w = slots.reduce((a, b) => a + b, 0);
      return { w: Math.max(110, w + 2 * PAD), h: 62 };
    }
    case 'dict': case 'record':
      return { w: RECORD_W, h: 30 + Math.max(1, node.slots.length) * ROW_H + 6 };
    default:
      return { w: Math.max(120, textWidth(node.value ?? node.title) + 24),
               h: 48 };
  }
}

export function slotWidth(slot) {
  return slot.inline != null
    ? Math.max(SLOT_W, Math.min(textWidth(slot.inline) + 10, 160)) : SLOT_W;
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

export class Layout {
  constructor() {
    this.cells = new Map(); // serial -> {col, row, cols, rows}
    this.extent = { w: HEAP_X + 200, h: 200 };
  }

  // Positions of [scene]'s frames and nodes: {frames: [box], nodes: Map}.
  // [keep]: serials of nodes still on screen (freed ones fading out) whose
  // cells no new node may take.
  place(scene, keep = []) {
    const frameBoxes = layoutFrames(scene.frames);
    const sizes = new Map(scene.objects.map((o) => [o.serial, nodeSize(o)]));
    const taken = new Set();
    for (const serial of keep) {
      const c = this.cells.get(serial);
      if (c) this._take(c, taken);
    }
    const fresh = [];
    for (const o of scene.objects) {
      const c = this.cells.get(o.serial);
      if (c && this._fits(c, sizes.get(o.serial), taken)) this._take(c, taken);
      else fresh.push(o);
    }
    const hints = this._hints(scene, frameBoxes);
    for (const o of fresh) this._placeNew(o, sizes.get(o.serial), hints, taken);
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

  _hintCell(hint) {
    if (!hint) return { col: 0, row: 0 };
    if (hint.from === undefined) return hint;
    const c = this.cells.get(hint.from);
    if (!c) return { col: 0, row: 0 };
    if (hint.kind === 'seq' || hint.kind === 'set')
      return { col: c.col + Math.floor(hint.slot * SLOT_W / CELL_W),
               row: c.row + c.rows + 1 };
    return { col: c.col + c.cols + 1, row: c.row + Math.floor(hint.slot / 2) };
  }

  _placeNew(o, size, hints, taken) {
    const cols = Math.ceil((size.w + 16) / CELL_W);
    const rows = Math.ceil((size.h + 14) / CELL_H);
    const want = this._hintCell(hints.get(o.serial));
    const cell = this._nearestFree(want, cols, rows, taken);
    this.cells.set(o.serial, cell);
    this._take(cell, taken);
  }

  // Scans rings of growing distance around [want] for a free area.
  _nearestFree(want, cols, rows, taken) {
    for (let d = 0; d < 400; d++) {
      for (let dr = 0; dr <= d; dr++) {
        const dc = d - dr;
        for (const [c, r] of [[want.col + dc, want.row + dr],
                              [want.col + dc, want.row - dr],
                              [want.col - dc, want.row + dr]]) {
          const cell = { col: c, row: r, cols, rows };
          if (c >= 0 && r >= 0 && this._free(cell, taken)) return cell;
        }
      }
    }
    return { col: 0, row: 1000 + taken.size, cols, rows };
  }

  _free(cell, taken) {
    for (let c = cell.col; c < cell.col + cell.cols; c++)
      for (let r = cell.row; r < cell.row + cell.rows; r++)
        if (taken.has(c * 4096 + r)) return false;
    return true;
  }

  _fits(cell, size, taken) {
    const cols = Math.ceil((size.w + 16) / CELL_W);
    if (cols > cell.cols) {
      const wider = { ...cell, cols };
      if (!this._free(wider, taken)) return false;
      cell.cols = cols;
    }
    return this._free(cell, taken);
  }

  _take(cell, taken) {
    for (let c = cell.col; c < cell.col + cell.cols; c++)
      for (let r = cell.row; r < cell.row + cell.rows; r++)
        taken.add(c * 4096 + r);
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
