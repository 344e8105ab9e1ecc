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

// For iterators that reuse their result tuple (enumerate, zip, dict items):
// is [result] held by nobody else? If so it is (re)tracked and may be
// refilled with iter_tuple_swap, which stores [v] (a reference it takes)
// in slot [i] and returns the old item (a reference the caller drops).
bool iter_result_reusable(Vm *vm, Object *result);
Object *iter_tuple_swap(Vm *vm, Object *t, ssize i, Object *v);

enum { ITERSEARCH_COUNT = 1, ITERSEARCH_INDEX = 2, ITERSEARCH_CONTAINS = 3 };
// Searches iter(seq) for items equal to [obj]: the count, the first index
// (ValueError "sequence.index(x): x not in sequence" if none) or 1/0 for
// containment; -1 on error.
ssize seq_iter_search(Vm *vm, Object *seq, Object *obj, int operation);

#endif
