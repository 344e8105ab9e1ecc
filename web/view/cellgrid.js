// cellgrid.js — which nodes cover each cell of the layout grid (layout.js),
// with the span of time each is drawn, in flat arrays: placing a node
// probes hundreds of cells, so a probe is a few array reads, not a Map
// lookup and an allocation.

export class CellGrid {
  constructor() {
    this.columns = [];  // col -> Int32Array: row -> 1 + first entry, 0: none
    this.serial = [];   // entries, one per (node, cell): the node's serial,
    this.from = [];     // the [from, to) it is drawn in event indexes,
    this.to = [];
    this.next = [];     // and the next entry over the same cell (-1: none)
    this.size = 0;      // cells covered by at least one node
  }

  _column(col, rows) {
    let column = this.columns[col];
    if (!column || column.length < rows) {
      const bigger = new Int32Array(Math.max(64, rows * 2));
      if (column) bigger.set(column);
      this.columns[col] = column = bigger;
    }
    return column;
  }

  // Node [serial], drawn during [from, to), covers the cell at (col, row).
  add(col, row, serial, from, to) {
    const column = this._column(col, row + 1);
    const i = this.serial.length;
    this.serial.push(serial);
    this.from.push(from);
    this.to.push(to);
    this.next.push(column[row] - 1);
    if (column[row] === 0) this.size++;
    column[row] = i + 1;
  }

  // True when no node over (col, row) is drawn at some time of [a0, a1),
  // nor is one of [kept] (a Set of serials).
  free(col, row, a0, a1, kept) {
    const column = this.columns[col];
    if (!column || row >= column.length) return true;
    for (let i = column[row] - 1; i >= 0; i = this.next[i]) {
      if (a0 < this.to[i] && this.from[i] < a1) return false;
      if (kept.size && kept.has(this.serial[i])) return false;
    }
    return true;
  }
}
