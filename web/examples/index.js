// index.js — the eight chapters of the talk "Pointers? In My Python? It's
// More Likely Than You Think", as runnable examples (the .py files beside
// this one; each prints what python3 3.11 prints, checked by the tests),
// with what python3 printed for each (expected.json).
import names from './1-names.py';
import aliasing from './2-aliasing.py';
import tupleIadd from './3-tuple-iadd.py';
import isEq from './4-is-vs-eq.py';
import refcount from './5-refcount-del.py';
import cycle from './6-cycle.py';
import resurrection from './7-resurrection.py';
import generations from './8-generations.py';
import expected from './expected.json';

const LIST = [
  { id: 'names', file: '1-names.py', title: '1. Names are pointers', code: names },
  { id: 'aliasing', file: '2-aliasing.py', title: '2. Aliasing, copy and deepcopy', code: aliasing },
  { id: 'tuple-iadd', file: '3-tuple-iadd.py', title: '3. t[0] += [3] on a list in a tuple', code: tupleIadd },
  { id: 'is-eq', file: '4-is-vs-eq.py', title: '4. is vs == (small ints, interning, __eq__)', code: isEq },
  { id: 'refcount', file: '5-refcount-del.py', title: '5. Refcounting seen through __del__', code: refcount },
  { id: 'cycle', file: '6-cycle.py', title: '6. A cycle only gc.collect() frees', code: cycle },
  { id: 'resurrection', file: '7-resurrection.py', title: '7. Resurrection through __del__', code: resurrection },
  { id: 'generations', file: '8-generations.py', title: '8. Generations and automatic collection', code: generations },
];

// Each example with what python3 printed for it (expected.json, made by
// gen_expected.py): {version, stdout, stderr}.
export const EXAMPLES = LIST.map((e) => ({
  ...e, cpython: { version: expected.python, ...expected.examples[e.file] },
}));

export function exampleById(id) {
  return EXAMPLES.find((e) => e.id === id) || null;
}
