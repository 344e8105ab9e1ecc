// sequtil.h — helpers shared by list and tuple: repr of an item array,
// lexicographic comparison with the identity shortcut, count() and index().
// They re-read the sequence on every step (a comparison may mutate a list)
// and hold a reference to each item while comparing it, as CPython does.
#ifndef core_sequtil_h
#define core_sequtil_h

#include "list.h"
#include "object.h"
#include "tuple.h"

static inline ssize seqlike_size(Object *o) {
  return is_list(o) ? list_size(o) : tuple_size(o);
}
static inline Object *seqlike_item(Object *o, ssize i) {
  return is_list(o) ? list_get(o, i) : tuple_get(o, i);
}

// "<open>repr(item0), repr(item1)<close>"
Object *seq_repr(Vm *vm, Object *seq, const char *open, const char *close);
Object *seq_richcompare(Vm *vm, Object *a, Object *b, int op);
Object *seq_count(Vm *vm, Object *seq, Object *v);
// index(value[, start[, stop]]) with CPython's message for list or tuple.
Object *seq_index_method(Vm *vm, Object *seq, Object *const *args,
                         size_t nargs, Object *kwnames);
// Clamps a start/stop argument (None, or an index, negative from the end).
int seq_clamp_arg(Vm *vm, Object *arg, ssize len, ssize *out);

#endif
