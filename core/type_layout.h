// type_layout.h — a new class's instance layout (__slots__, __dict__,
// __weakref__, CPython's basic size, shared keys): see type_layout.c.
#ifndef core_type_layout_h
#define core_type_layout_h

#include "typeobj.h"

// Called by class creation once [t]'s namespace copy, name and MRO exist:
// sets its layout, flags, sizes and descriptors from [base] (the best base)
// and [bases]; -1 with an exception (bad __slots__).
int type_layout_setup(Vm *vm, TypeObject *t, TypeObject *base, Object *bases);

#endif
