// slicex.h — slice.c exports beyond slice.h (to merge into slice.h): the
// arbitrary-size index computation behind slice.indices() and range
// slicing (CPython's _PySlice_GetLongIndices).
#ifndef core_slicex_h
#define core_slicex_h

#include "object.h"

// Clamps the slice to a sequence of [length] items (an int >= 0) with
// Python ints; sets three new references, or returns -1 with an exception.
int slice_long_indices(Vm *vm, Object *slice, Object *length, Object **start,
                       Object **stop, Object **step);

#endif
