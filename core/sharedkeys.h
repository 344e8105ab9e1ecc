// sharedkeys.h — the keys a class shares among its instances' attributes
// (CPython 3.11's split-table keys, ht_cached_keys): which names, how many
// more fit, and who holds them. Inline instance values (attr.c) and split
// instance dicts (dict.c) index into them. See core/GC.md ("Instance
// dicts") and ../shared/cpython-semantics.md §4.4.
#ifndef core_sharedkeys_h
#define core_sharedkeys_h

#include "object.h"

enum {
  SHARED_KEYS_MAX = 30, // CPython's SHARED_KEYS_MAX_SIZE
  // _PyDict_KeysSize of a class's keys table: 64 slots of one-byte
  // indices, 42 str entries of 16 bytes, a 32-byte header.
  SHARED_KEYS_TABLE_BYTES = 32 + 64 + 42 * 16,
};

struct SharedKeys {
  int refs;   // dk_refcnt: the class, plus one per split dict
  int n;      // dk_nentries: names[0..n)
  int usable; // dk_usable: names that may still be added
  Object *names[SHARED_KEYS_MAX]; // strong refs to exact strs
};

// New keys for a class (usable 30, one reference: the class's).
SharedKeys *sharedkeys_new(Vm *vm);
void sharedkeys_incref(SharedKeys *k);
// Drops a reference; the last one frees the keys and their names.
void sharedkeys_decref(Vm *vm, SharedKeys *k);
// The index of [name] (an exact str), or -1.
int sharedkeys_index(const SharedKeys *k, Object *name);
// insert_into_dictkeys: the index of [name], added if it is new and the
// keys have room; -1 when they have none.
int sharedkeys_insert(Vm *vm, SharedKeys *k, Object *name);
// _PyObject_InitializeDict: every new instance takes one from usable (down
// to 1), so the values arrays of later instances are shorter.
void sharedkeys_new_instance(SharedKeys *k);
// shared_keys_usable_size: the length of a split dict's values array.
static inline int sharedkeys_values_size(const SharedKeys *k) {
  return k->n + k->usable;
}

#endif
