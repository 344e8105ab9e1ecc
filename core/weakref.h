// weakref.h — weak references (weakref.ref, weakref.proxy). A weakref does
// not count as a reference; when its target dies it is cleared and its
// callback called — after __del__ on refcount death, before finalizers in a
// collection (../shared/cpython-semantics.md §4.6). Each VM keeps a table
// from objects to the list of weakrefs pointing at them.
#ifndef core_weakref_h
#define core_weakref_h

#include "object.h"

typedef struct WeakrefObject {
  Object ob;
  Object *target;   // borrowed; NULL once cleared (ref() is None)
  Object *callback; // strong, may be NULL
  int64_t hash;     // -1 until computed (then kept after death)
  struct WeakrefObject *next, *prev; // the target's list
} WeakrefObject;

typedef struct WeakTable WeakTable;
WeakTable *weaktable_new(void);
void weaktable_free(WeakTable *t);

// weakref.ref(target, callback) / proxy; NULL with TypeError if [target]
// cannot be weakly referenced.
Object *weakref_new(Vm *vm, TypeObject *type, Object *target,
                    Object *callback);
// The first weakref to [target], borrowed, or NULL.
Object *weakref_first_of(Vm *vm, Object *target);
// Detaches [wr] from its target (the callback is kept, not called).
void weakref_clear_ref(Vm *vm, Object *wr);
Object *weakref_callback(Object *wr); // borrowed, may be NULL
// On the death of [target]: clears every weakref to it, then calls their
// callbacks (PyObject_ClearWeakRefs).
void weakref_clear_all(Vm *vm, Object *target);
ssize weakref_count(Vm *vm, Object *target);
// Can instances of [t] be weakly referenced?
bool type_supports_weakrefs(TypeObject *t);

void weakref_types_init(Vm *vm);

#endif
