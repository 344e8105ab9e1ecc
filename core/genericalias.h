// genericalias.h — types.GenericAlias (`list[int]`) and types.UnionType
// (`int | None`), the objects type hints evaluate to, after CPython 3.11's
// Objects/genericaliasobject.c and unionobject.c. core/README.md lists the
// modules.
#ifndef core_genericalias_h
#define core_genericalias_h

#include "object.h"

typedef struct AliasObject {
  Object ob;
  Object *origin; // GenericAlias: the subscripted class; NULL for a union
  Object *args;   // tuple
} AliasObject;

// origin[args] (Py_GenericAlias): [args] is the subscript, a tuple or one
// object. Borrowed arguments, new reference.
Object *generic_alias_new(Vm *vm, Object *origin, Object *args);
bool is_union(Vm *vm, const Object *o);
// The union's members (borrowed tuple).
Object *union_args(Object *o);
// Creates both types, __class_getitem__ of the generic built-in classes and
// `type | type`.
void alias_types_init(Vm *vm);

#endif
