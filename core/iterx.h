// iterx.h — exports of iter.c and seqproto.c beyond iter.h and abstract.h
// (to merge into those headers): the callable iterator, the arbitrary-size
// range iterator and CPython's _PySequence_IterSearch.
#ifndef core_iterx_h
#define core_iterx_h

#include "object.h"

// iter(callable, sentinel).
Object *calliter_new(Vm *vm, Object *callable, Object *sentinel);
// A range_iterator over Python ints: start + i * step for i in [0, len).
Object *longrangeiter_new(Vm *vm, Object *start, Object *step, Object *len);

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

enum { ITERSEARCH_COUNT = 1, ITERSEARCH_INDEX = 2, ITERSEARCH_CONTAINS = 3 };
// Searches iter(seq) for items equal to [obj]: the count, the first index
// (ValueError "sequence.index(x): x not in sequence" if none) or 1/0 for
// containment; -1 on error.
ssize seq_iter_search(Vm *vm, Object *seq, Object *obj, int operation);

#endif
