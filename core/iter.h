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
// longrange_iterator over Python ints: start + i * step for i in [0, len).
Object *longrangeiter_new(Vm *vm, Object *start, Object *step, Object *len);
// iter(callable, sentinel).
Object *calliter_new(Vm *vm, Object *callable, Object *sentinel);

// The (a, b) pair an iterator returns (references to a and b are taken):
// [result], refilled, when only the iterator holds it (enumerate and dict
// item iterators reuse their tuple as CPython does), else a new tuple.
Object *iter_pair_result(Vm *vm, Object *result, Object *a, Object *b);

// A strong reference field of an iterator, view or slice: stores [v] (a
// new reference) / clears the field (Py_CLEAR), reporting REF_SET / REF_DEL
// with the field's name to the trace.
void iter_field_set(Vm *vm, Object *o, const char *field, Object **slot,
                    Object *v);
void iter_field_drop(Vm *vm, Object *o, const char *field, Object **slot);

void iter_types_init(Vm *vm);

#endif
