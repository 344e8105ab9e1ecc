// iter.h — the built-in iterator objects: list/tuple/str iterators (by
// index), reversed list iterator, range iterator, the __getitem__ sequence
// iterator, callable_iterator, enumerate, zip, map, filter and reversed.
// They share one struct; each type uses the fields its comment names.
#ifndef core_iter_h
#define core_iter_h

#include "object.h"

typedef struct IterObject {
  Object ob;
  Object *seq;   // the sequence / underlying iterator / function; NULL when
                 // the iterator is exhausted (as CPython drops it)
  Object *extra; // zip/map: tuple of iterators; filter: the iterator;
                 // callable_iterator: the sentinel; enumerate: big count
  ssize index;   // next index / count
  ssize len;     // range: remaining items; zip: strict flag
  ssize step;    // range: step; range start is [index]
} IterObject;

// An index-based iterator of [type] (list_iter, list_reviter, tuple_iter,
// str_iter, str_uiter, seq_iter) over [seq].
Object *seqiter_new(Vm *vm, TypeObject *type, Object *seq);
// range_iterator from start, step, length.
Object *rangeiter_new(Vm *vm, ssize start, ssize step, ssize len);

void iter_types_init(Vm *vm);

#endif
