// dict.h — the dict type: CPython 3.11's compact ordered table (an index
// array into an entries array in insertion order), with CPython's sizes and
// growth so sys.getsizeof matches, and lazy GC tracking (MAINTAIN_TRACKING).
#ifndef core_dict_h
#define core_dict_h

#include "object.h"

typedef struct DictEntry {
  int64_t hash;
  Object *key;   // NULL: deleted entry
  Object *value;
} DictEntry;

typedef struct DictObject {
  Object ob;
  ssize used;         // live entries
  ssize nentries;     // entries[0..nentries) in use (incl. deleted)
  ssize usable;       // entries still available before a resize
  uint8_t log2_size;  // the index table has 1 << log2_size slots
  bool unicode_keys;  // every key is an exact str (CPython's DICT_KEYS_UNICODE)
  bool has_keys;      // false for the shared empty keys of {} (no table yet)
  uint64_t version;   // bumped by every mutation (iteration checks)
  int64_t *indices;   // -1 empty, -2 dummy, else entry index
  DictEntry *entries;
  // Non-NULL for what CPython keeps as a split table (an instance __dict__
  // sharing its class's keys): only those keys, sized and released in their
  // order as CPython does. The table above still holds the entries.
  SharedKeys *split;
} DictObject;

static inline bool is_dict(const Object *o) { return o->type->layout == LAYOUT_DICT; }
static inline ssize dict_size(const Object *d) { return ((const DictObject *)d)->used; }

Object *dict_new(Vm *vm);
// Makes the empty dict [d] a split table over [keys] (new_dict_with_shared_keys).
void dict_make_split(Object *d, SharedKeys *keys);
// _PyDict_FromItems' dict_new_presized: room for [n] entries (no table for
// n <= 5); [unicode]: start as a str-keys table.
Object *dict_new_presized(Vm *vm, ssize n, bool unicode);
// dict.fromkeys' dictresize of the empty dict [d] to the table CPython's
// estimate_log2_keysize gives for [n] entries (even n == 0).
int dict_presize(Vm *vm, Object *d, ssize n, bool unicode);
// Whether [d] has a str-keys table (CPython's DK_IS_UNICODE; true when no
// table has been allocated, like CPython's shared empty keys).
static inline bool dict_has_str_keys(const Object *d) {
  const DictObject *dd = (const DictObject *)d;
  return !dd->has_keys || dd->unicode_keys;
}
// Borrowed reference or NULL (no exception) when missing; NULL with an
// exception set on error (check vm->exc).
Object *dict_get(Vm *vm, Object *d, Object *key);
Object *dict_get_str(Vm *vm, Object *d, Object *key); // key: exact str
Object *dict_get_cstr(Vm *vm, Object *d, const char *key);
// Stores new references to key and value. 0 or -1.
int dict_set(Vm *vm, Object *d, Object *key, Object *value);
int dict_set_cstr(Vm *vm, Object *d, const char *key, Object *value);
// 0 deleted, 1 missing (no exception), -1 error.
int dict_del(Vm *vm, Object *d, Object *key);
// Iteration: *pos starts at 0; returns false at the end. Borrowed refs.
bool dict_next(Object *d, ssize *pos, Object **key, Object **value);
void dict_clear(Vm *vm, Object *d);
Object *dict_copy(Vm *vm, Object *d);
int dict_update(Vm *vm, Object *d, Object *other); // a mapping (PyDict_Update)
int dict_merge(Vm *vm, Object *d, Object *other, bool override);
Object *dict_keys_list(Vm *vm, Object *d);
// dict.pop(key[, default]): the value (new reference); KeyError if missing
// and [deflt] is NULL.
Object *dict_pop(Vm *vm, Object *d, Object *key, Object *deflt);
// dict.popitem(): false if empty (or out of memory, exception set), else
// the last (key, value) references.
bool dict_popitem(Vm *vm, Object *d, Object **key, Object **value);
// dict.update(other) for a non-dict [other]: a mapping (has keys()) or an
// iterable of pairs, with CPython's messages. [override]: replace values.
int dict_update_from_mapping(Vm *vm, Object *d, Object *other, bool override);
// Sets the GC slots (dict.c); dict_type_init (dictmethods.c) does the rest.
void dict_init_gc_slots(TypeObject *t);
// sys.getsizeof's value for [d] (without the GC head).
ssize dict_sizeof(const Object *d);

void dict_type_init(Vm *vm);

#endif
