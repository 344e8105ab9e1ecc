// tuple.h — the tuple type. Items are inline. Tuples are created tracked and
// untracked lazily by the collector (GC.md, "Untracking").
#ifndef core_tuple_h
#define core_tuple_h

#include "object.h"

typedef struct TupleObject {
  Object ob;
  ssize size;
  Object *items[];
} TupleObject;

static inline bool is_tuple(const Object *o) { return o->type->layout == LAYOUT_TUPLE; }
static inline ssize tuple_size(const Object *t) { return ((const TupleObject *)t)->size; }
static inline Object **tuple_items(Object *t) { return ((TupleObject *)t)->items; }
static inline Object *tuple_get(Object *t, ssize i) { return ((TupleObject *)t)->items[i]; }

// A new tuple of [n] NULL items (the caller fills them with tuple_init_item);
// the empty tuple is a singleton.
Object *tuple_new(Vm *vm, ssize n);
// Stores a new reference in a fresh tuple (no old value).
void tuple_init_item(Vm *vm, Object *t, ssize i, Object *item);
// A tuple of new references to [n] items.
Object *tuple_from_array(Vm *vm, Object *const *items, ssize n);
Object *tuple_pack(Vm *vm, int n, ...);
// tuple(iterable)
Object *tuple_from_iterable(Vm *vm, Object *iterable);

void tuple_type_init(Vm *vm);

#endif
