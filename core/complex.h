// complex.h — the complex type (complex.c: arithmetic, repr, hash;
// complex_new.c: the complex() constructor and its string syntax), after
// CPython 3.11's Objects/complexobject.c. core/NUMBERS.md describes numbers.
#ifndef core_complex_h
#define core_complex_h

#include "object.h"

typedef struct ComplexObject {
  Object ob;
  double re, im;
} ComplexObject;

static inline bool is_complex(const Object *o) {
  return o->type->layout == LAYOUT_COMPLEX;
}

Object *complex_new_values(Vm *vm, double re, double im);
// A complex of [type] (complex or a subclass).
Object *complex_new_of_type(Vm *vm, TypeObject *type, double re, double im);
// x ** y for floats whose result is complex (negative ** fraction).
Object *complex_pow_real(Vm *vm, double x, double y);
// complex(real, imag) for tp_new: [re]/[im] may be NULL (not given).
Object *complex_construct(Vm *vm, TypeObject *type, Object *re, Object *im);

#endif
