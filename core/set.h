// set.h — set and frozenset: CPython 3.11's open-addressing table (linear
// probes then perturbation), so iteration order — and so printed order —
// matches CPython's for the same hashes.
#ifndef core_set_h
#define core_set_h

#include "object.h"

enum { SET_MINSIZE = 8 };

typedef struct SetEntry {
  Object *key; // NULL: unused (hash 0) or deleted (hash -1)
  int64_t hash;
} SetEntry;

typedef struct SetObject {
  Object ob;
  ssize fill, used, mask;
  SetEntry *table;
  int64_t hash; // frozenset: -1 until computed
  ssize finger; // where pop() looks next
  SetEntry smalltable[SET_MINSIZE];
} SetObject;

static inline bool is_anyset(const Object *o) {
  return o->type->layout == LAYOUT_SET || o->type->layout == LAYOUT_FROZENSET;
}
static inline ssize set_size(const Object *s) { return ((const SetObject *)s)->used; }

Object *set_new(Vm *vm, TypeObject *type, Object *iterable); // iterable may be NULL
int set_add(Vm *vm, Object *s, Object *key);
int set_contains(Vm *vm, Object *s, Object *key); // 1, 0, -1
int set_discard(Vm *vm, Object *s, Object *key);  // 1 found, 0 not, -1 error
bool set_next(Object *s, ssize *pos, Object **key);
int set_update(Vm *vm, Object *s, Object *iterable);

void set_type_init(Vm *vm);

#endif
