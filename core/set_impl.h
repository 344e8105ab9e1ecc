// set_impl.h — internals shared by set.c (the hash table, construction, the
// type's slots) and setops.c (the set algebra methods and operators). Not for
// other modules: they use set.h. The table is CPython 3.11's setobject.c
// layout; an entry with a NULL key is unused when its hash is 0 and deleted
// (CPython's "dummy") when its hash is -1.
#ifndef core_set_impl_h
#define core_set_impl_h

#include "set.h"

static inline SetObject *SO(Object *o) { return (SetObject *)o; }

// CPython's PySet_Check (set or a subclass; frozenset not included).
bool set_is_mutable(Vm *vm, const Object *o);

// The probing primitives (set_add_entry / set_contains_entry /
// set_discard_entry in setobject.c); [hash] is the key's hash.
int set_add_entry(Vm *vm, Object *so, Object *key, int64_t hash);
int set_contains_entry(Vm *vm, Object *so, Object *key, int64_t hash);
int set_discard_entry(Vm *vm, Object *so, Object *key, int64_t hash);
// The same by key, hashing it first (str hashes are cached).
int set_discard_key(Vm *vm, Object *so, Object *key);
int set_contains_key(Vm *vm, Object *so, Object *key);
// Rebuilds the table for at least [minused] entries (set_table_resize).
int set_table_resize(Vm *vm, Object *so, ssize minused);
// Empties the set first, then drops the keys in table order.
void set_clear_all(Vm *vm, Object *so);
// Walks the active entries in table order (borrowed entries).
bool set_next_entry(Object *so, ssize *pos, SetEntry **entry);
// set_update_internal: adds everything [other] yields.
int set_update_any(Vm *vm, Object *so, Object *other);
// make_new_set / make_new_set_basetype (subclasses give set or frozenset).
Object *set_make(Vm *vm, TypeObject *type, Object *iterable);
Object *set_make_basetype(Vm *vm, TypeObject *type, Object *iterable);
// set.copy(): a new set of the base type with the same members.
Object *set_copy_of(Vm *vm, Object *so);
// Exchanges the contents of two sets (set_swap_bodies).
void set_swap_bodies(Vm *vm, Object *a, Object *b);

// setops.c: fills the algebra methods and number slots of set / frozenset.
void setops_init(Vm *vm, TypeObject *set, TypeObject *frozenset);

#endif
