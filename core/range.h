// range.h — range objects: start, stop, step and the length are Python ints
// of any size (CPython 3.11's rangeobject.c); ranges are not GC objects.
#ifndef core_range_h
#define core_range_h

#include "object.h"

typedef struct RangeObject {
  Object ob;
  Object *start, *stop, *step, *length; // exact ints
} RangeObject;

static inline bool is_range(const Object *o) { return o->type->layout == LAYOUT_RANGE; }

// range(start, stop, step) from three ints (new references are taken);
// ValueError for a zero step.
Object *range_new(Vm *vm, Object *start, Object *stop, Object *step);

void range_type_init(Vm *vm);

#endif
