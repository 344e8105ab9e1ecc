// reduce.h — object.__reduce_ex__, object.__reduce__ and object.__getstate__
// (reduce.c): how copy and copyreg take an object apart, as CPython 3.11's
// typeobject.c does.
#ifndef core_reduce_h
#define core_reduce_h

#include "object.h"

// object.__reduce_ex__(protocol): the class's own __reduce__ when it
// overrides object.__reduce__, else copyreg_reduce.
Object *reduce_object_ex(Vm *vm, Object *self, int protocol);
// object.__reduce__ / _common_reduce: copyreg._reduce_ex for protocols 0
// and 1, else (copyreg.__newobj__, (cls, *args), state, items...).
Object *copyreg_reduce(Vm *vm, Object *self, int protocol);
// _PyObject_GetState: obj.__getstate__() (the default one not required to
// find a state), as set.__reduce__ and friends use it.
Object *reduce_get_state(Vm *vm, Object *obj);
// Adds object.__getstate__.
void reduce_methods_init(Vm *vm);

#endif
