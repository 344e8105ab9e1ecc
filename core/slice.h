// slice.h — slice objects and the index arithmetic every sequence shares
// (PySlice_Unpack / PySlice_AdjustIndices), plus the common index check.
#ifndef core_slice_h
#define core_slice_h

#include "object.h"

typedef struct SliceObject {
  Object ob;
  Object *start, *stop, *step; // never NULL (None when absent)
} SliceObject;

static inline bool is_slice(const Object *o) { return o->type->layout == LAYOUT_SLICE; }

Object *slice_new(Vm *vm, Object *start, Object *stop, Object *step);
// Unpacks into clamped ssize values; raises for a zero step or bad types.
int slice_unpack(Vm *vm, Object *slice, ssize *start, ssize *stop,
                 ssize *step);
// Adjusts to a sequence of [len] items; returns the slice length.
ssize slice_adjust(ssize len, ssize *start, ssize *stop, ssize step);
// The same with Python ints (_PySlice_GetLongIndices, behind
// slice.indices() and range slicing): clamps to [length] items (an int
// >= 0); sets three new references, or returns -1 with an exception.
int slice_long_indices(Vm *vm, Object *slice, Object *length, Object **start,
                       Object **stop, Object **step);
// For `seq[key]` with an int-like key: the normalized index, or -1 with
// IndexError([range_msg]) or TypeError("<what> indices must be integers or
// slices, not T"). [what] is "list", "tuple", ...
ssize seq_index(Vm *vm, Object *key, ssize len, const char *what,
                const char *range_msg);
// Is [key] usable as an index (int or __index__)?
bool is_index(const Object *key);

void slice_type_init(Vm *vm);

#endif
