// index.js — the eight chapters of the talk "Pointers? In My Python? It's
// More Likely Than You Think", as runnable examples (the .py files beside
// this one; each prints what python3 3.11 prints, checked by the tests).
import names from './1-names.py';
import aliasing from './2-aliasing.py';
import tupleIadd from './3-tuple-iadd.py';
import isEq from './4-is-vs-eq.py';
import refcount from './5-refcount-del.py';
import cycle from './6-cycle.py';
import resurrection from './7-resurrection.py';
import generations from './8-generations.py';

export const EXAMPLES = [
  { id: 'names', title: '1. Names are pointers', code: names },
  { id: 'aliasing', title: '2. Aliasing, copy and deepcopy', code: aliasing },
  { id: 'tuple-iadd', title: '3. t[0] += [3] on a list in a tuple', code: tupleIadd },
  { id: 'is-eq', title: '4. is vs == (small ints, interning, __eq__)', code: isEq },
  { id: 'refcount', title: '5. Refcounting seen through __del__', code: refcount },
  { id: 'cycle', title: '6. A cycle only gc.collect() frees', code: cycle },
  { id: 'resurrection', title: '7. Resurrection through __del__', code: resurrection },
  { id: 'generations', title: '8. Generations and automatic collection', code: generations },
];

export function exampleById(id) {
  return EXAMPLES.find((e) => e.id === id) || null;
}
