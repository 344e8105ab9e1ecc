// dict.c — the dict type: CPython 3.11's compact table (indices into an
// insertion-ordered entries array), open addressing with its perturbation,
// its key-table sizes and growth (so sys.getsizeof agrees), str-keys tables,
// entries released first to last, and lazy GC tracking (MAINTAIN_TRACKING).
// Split tables (instance dicts sharing their class's keys) keep their
// CPython sizes and orders here too. Views and iterators are in dictview.c.
#include "dict.h"

#include "abstract.h"
#include "errors.h"
#include "sharedkeys.h"
#include "str.h"
#include "trace.h"
#include "vm.h"

enum { LOG_MINSIZE = 3, IX_EMPTY = -1, IX_DUMMY = -2 };

static DictObject *D(Object *o) { return (DictObject *)o; }
static ssize usable_fraction(ssize n) { return (n << 1) / 3; }

// CPython 3.11's 64-bit formula, bit_length(((minsize | 8) - 1) | 7): not
// the smallest power of two >= minsize (1..7 give 16 slots, 16 gives 32).
static uint8_t calculate_log2_keysize(ssize minsize) {
  size_t v = (((size_t)minsize | 8) - 1) | 7;
  uint8_t bits = 0;
  for (; v; v >>= 1) bits++;
  return bits;
}

static uint8_t estimate_log2_keysize(ssize n) {
  return calculate_log2_keysize((n * 3 + 1) / 2);
}

// ---- Key tables -------------------------------------------------------------------

static size_t indices_bytes(uint8_t log2) { return sizeof(int64_t) << log2; }
static size_t entries_bytes(uint8_t log2) {
  return sizeof(DictEntry) * (size_t)usable_fraction((ssize)1 << log2);
}

static void free_table(Vm *vm, DictObject *d) {
  if (!d->has_keys) return;
  alloc_free(&vm->alloc, d->indices, indices_bytes(d->log2_size));
  alloc_free(&vm->alloc, d->entries, entries_bytes(d->log2_size));
  d->indices = NULL;
  d->entries = NULL;
  d->has_keys = false;
}

// Gives [d] an empty table of 1 << log2 slots (old storage not freed).
static int new_table(Vm *vm, DictObject *d, uint8_t log2, bool unicode) {
  if (log2 > 40) goto nomem;
  int64_t *ix = alloc_bytes(&vm->alloc, indices_bytes(log2));
  DictEntry *en = ix ? alloc_bytes(&vm->alloc, entries_bytes(log2)) : NULL;
  if (!en) {
    if (ix) alloc_free(&vm->alloc, ix, indices_bytes(log2));
    goto nomem;
  }
  memset(ix, 0xFF, indices_bytes(log2)); // IX_EMPTY
  d->indices = ix;
  d->entries = en;
  d->log2_size = log2;
  d->usable = usable_fraction((ssize)1 << log2);
  d->nentries = 0;
  d->unicode_keys = unicode;
  d->has_keys = true;
  return 0;
nomem:
  err_no_memory(vm);
  return -1;
}

static size_t find_empty_slot(DictObject *d, int64_t hash) {
  size_t mask = ((size_t)1 << d->log2_size) - 1;
  size_t i = (size_t)hash & mask, perturb = (size_t)hash;
  while (d->indices[i] >= 0) {
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  return i;
}

// dictresize: moves the live entries (in order) into a table of
// 1 << log2 slots.
static int resize(Vm *vm, DictObject *d, uint8_t log2, bool unicode) {
  DictObject old = *d;
  // No table yet: CPython's shared empty keys, a str-keys table.
  bool was_unicode = !old.has_keys || old.unicode_keys;
  if (new_table(vm, d, log2, unicode && was_unicode) < 0) {
    *d = old;
    return -1;
  }
  ssize n = 0;
  for (ssize i = 0; old.has_keys && i < old.nentries; i++) {
    DictEntry *e = &old.entries[i];
    if (!e->key) continue;
    d->entries[n] = *e;
    d->indices[find_empty_slot(d, e->hash)] = n;
    n++;
  }
  d->nentries = n;
  d->usable -= n;
  free_table(vm, &old);
  return 0;
}

static int insertion_resize(Vm *vm, DictObject *d, bool unicode) {
  return resize(vm, d, calculate_log2_keysize(d->used * 3), unicode);
}

// ---- Split tables ------------------------------------------------------------------------

void dict_make_split(Object *d, SharedKeys *keys) {
  sharedkeys_incref(keys);
  D(d)->split = keys;
}

// A split dict becomes combined: CPython's dictresize to a table of
// 1 << log2 slots (its own keys from now on).
static int unsplit(Vm *vm, DictObject *d, uint8_t log2, bool unicode) {
  SharedKeys *k = d->split;
  d->split = NULL;
  int r = resize(vm, d, log2, unicode);
  sharedkeys_decref(vm, k);
  return r;
}

// insertdict on a split dict, before [key] goes in: a str the keys have (or
// can take) keeps the table split; any other key makes it combined.
static int split_before_insert(Vm *vm, DictObject *d, Object *key,
                               bool unicode) {
  if (unicode && sharedkeys_insert(vm, d->split, key) >= 0) return 0;
  return unsplit(vm, d, calculate_log2_keysize(d->used * 3), unicode);
}

// The entries of a split dict in its keys' order (CPython's values array
// is indexed like the keys): entry indexes into [out], returns how many.
static int split_order(const DictObject *d, ssize out[SHARED_KEYS_MAX]) {
  const SharedKeys *k = d->split;
  int n = 0;
  for (int i = 0; i < k->n; i++) {
    for (ssize j = 0; d->has_keys && j < d->nentries; j++) {
      Object *key = d->entries[j].key;
      if (key && (key == k->names[i] || str_eq(key, k->names[i]))) {
        out[n++] = j;
        break;
      }
    }
  }
  return n;
}

// Drops the entries of split table [t] (the dict [o]'s, or a copy detached
// from it) in key order (dict_dealloc, PyDict_Clear); the table and the
// keys are left to the caller.
static void release_entry(Vm *vm, Object *o, DictEntry *e) {
  Object *k = e->key, *v = e->value;
  e->key = e->value = NULL;
  if (TRACE_ABOUT(vm, o))
    trace_emit(vm, EV_DICT_DEL, 0, 0, o->serial, trace_obj(vm, k), 0);
  decref(vm, k);
  decref(vm, v);
}

static void split_release(Vm *vm, Object *o, DictObject *t) {
  ssize order[SHARED_KEYS_MAX];
  int n = split_order(t, order);
  for (int i = 0; i < n; i++) release_entry(vm, o, &t->entries[order[i]]);
}

// ---- Lookup ----------------------------------------------------------------------------

// Finds [key]: returns the entry index, -1 if missing, -2 on error. *slot
// receives the index-table position where it was found.
static ssize lookup(Vm *vm, DictObject *d, Object *key, int64_t hash,
                    size_t *slot) {
restart:
  if (!d->has_keys) return -1;
  size_t mask = ((size_t)1 << d->log2_size) - 1;
  size_t i = (size_t)hash & mask, perturb = (size_t)hash;
  for (;;) {
    int64_t ix = d->indices[i];
    if (ix == IX_EMPTY) return -1;
    if (ix >= 0) {
      DictEntry *e = &d->entries[ix];
      if (e->key == key) goto found;
      if (e->hash == hash) {
        Object *start = e->key;
        if (is_str(start) && is_str(key) && start->type == key->type &&
            start->type == (vm ? vm->t.str : start->type)) {
          if (str_eq(start, key)) goto found;
        } else if (vm) {
          DictEntry *entries = d->entries;
          incref(vm, start);
          int c = obj_richcompare_bool(vm, start, key, CMP_EQ);
          decref(vm, start);
          if (c < 0) return -2;
          if (entries != d->entries || d->entries[ix].key != start) goto restart;
          if (c) goto found;
        }
      }
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
    continue;
  found:
    if (slot) *slot = i;
    return (ssize)ix;
  }
}

Object *dict_new(Vm *vm) {
  DictObject *d = (DictObject *)obj_alloc(vm, vm->t.dict, sizeof(DictObject));
  return AS_OBJ(d);
}

Object *dict_new_presized(Vm *vm, ssize n, bool unicode) {
  Object *d = dict_new(vm);
  if (!d || n <= usable_fraction(8)) return d;
  uint8_t log2 = n > usable_fraction((ssize)1 << 17) ? 17
                                                      : estimate_log2_keysize(n);
  if (new_table(vm, D(d), log2, unicode) < 0) {
    decref(vm, d);
    return NULL;
  }
  return d;
}

int dict_presize(Vm *vm, Object *d, ssize n, bool unicode) {
  return resize(vm, D(d), estimate_log2_keysize(n), unicode);
}

Object *dict_get(Vm *vm, Object *d, Object *key) {
  int64_t hash = obj_hash(vm, key);
  if (hash == -1) return NULL;
  ssize ix = lookup(vm, D(d), key, hash, NULL);
  return ix >= 0 ? D(d)->entries[ix].value : NULL;
}

Object *dict_get_str(Vm *vm, Object *d, Object *key) {
  int64_t hash = ((StrObject *)key)->hash;
  if (hash == -1) hash = str_hash(vm, key);
  ssize ix = lookup(NULL, D(d), key, hash, NULL);
  return ix >= 0 ? D(d)->entries[ix].value : NULL;
}

// Looks up an exact-str key equal to [key] without making a str; NULL
// when the probe meets a key of another type with the same hash (then the
// caller needs a real lookup). *missing tells an absent key apart.
static Object *lookup_bytes(Vm *vm, DictObject *d, const char *key,
                            size_t len, bool *missing) {
  *missing = false;
  if (!d->has_keys) {
    *missing = true;
    return NULL;
  }
  int64_t hash = str_hash_bytes(vm, key, len);
  size_t mask = ((size_t)1 << d->log2_size) - 1;
  size_t i = (size_t)hash & mask, perturb = (size_t)hash;
  for (;; perturb >>= 5, i = (i * 5 + perturb + 1) & mask) {
    int64_t ix = d->indices[i];
    if (ix == IX_EMPTY) break;
    DictEntry *e = ix >= 0 ? &d->entries[ix] : NULL;
    if (!e || e->hash != hash) continue;
    if (e->key->type != vm->t.str) return NULL;
    if (str_size(e->key) == len && memcmp(str_data(e->key), key, len) == 0)
      return e->value;
  }
  *missing = true;
  return NULL;
}

Object *dict_get_cstr(Vm *vm, Object *d, const char *key) {
  bool missing;
  Object *v = lookup_bytes(vm, D(d), key, strlen(key), &missing);
  if (v || missing) return v;
  Object *k = str_from_cstr(vm, key);
  if (!k) return NULL;
  v = dict_get(vm, d, k);
  decref(vm, k);
  return v;
}

// ---- Insertion and deletion ----------------------------------------------------------------

static void maintain_tracking(Vm *vm, Object *d, Object *key, Object *value) {
  if (gc_is_tracked(d)) return;
  if (gc_may_be_tracked(key) || gc_may_be_tracked(value)) gc_track(vm, d);
}

static void trace_set(Vm *vm, Object *d, Object *key, Object *value) {
  if (TRACE_ABOUT(vm, d))
    trace_emit(vm, EV_DICT_SET, 0, 0, d->serial, trace_obj(vm, key),
               trace_obj(vm, value));
}

static int insert(Vm *vm, Object *o, Object *key, int64_t hash, Object *value) {
  DictObject *d = D(o);
  bool unicode = key->type == vm->t.str;
  if (d->split && split_before_insert(vm, d, key, unicode) < 0) return -1;
  if (!d->has_keys) {
    if (new_table(vm, d, LOG_MINSIZE, unicode) < 0) return -1;
  } else if (!unicode && d->unicode_keys) {
    if (insertion_resize(vm, d, false) < 0) return -1;
  }
  ssize ix = lookup(vm, d, key, hash, NULL);
  if (ix == -2) return -1;
  maintain_tracking(vm, o, key, value);
  if (ix >= 0) {
    Object *old = d->entries[ix].value;
    d->entries[ix].value = newref(vm, value);
    d->version++;
    trace_set(vm, o, d->entries[ix].key, value);
    decref(vm, old);
    return 0;
  }
  if (d->usable <= 0 && insertion_resize(vm, d, true) < 0) return -1;
  if (!unicode && d->unicode_keys) d->unicode_keys = false;
  ssize n = d->nentries;
  DictEntry *e = &d->entries[n];
  e->key = newref(vm, key);
  e->value = newref(vm, value);
  e->hash = hash;
  d->indices[find_empty_slot(d, hash)] = n;
  d->nentries++;
  d->usable--;
  d->used++;
  d->version++;
  trace_set(vm, o, key, value);
  return 0;
}

int dict_set(Vm *vm, Object *d, Object *key, Object *value) {
  int64_t hash = obj_hash(vm, key);
  if (hash == -1) return -1;
  return insert(vm, d, key, hash, value);
}

int dict_set_cstr(Vm *vm, Object *d, const char *key, Object *value) {
  Object *k = str_intern_cstr(vm, key);
  if (!k) return -1;
  int r = dict_set(vm, d, k, value);
  decref(vm, k);
  return r;
}

// Removes entry [ix] found at index slot [slot]; returns the old key and
// value (references the caller drops, key first).
static void remove_entry(Vm *vm, Object *o, ssize ix, size_t slot,
                         Object **key, Object **value) {
  DictObject *d = D(o);
  DictEntry *e = &d->entries[ix];
  *key = e->key;
  *value = e->value;
  e->key = e->value = NULL;
  d->indices[slot] = IX_DUMMY;
  d->used--;
  d->version++;
  if (TRACE_ABOUT(vm, o))
    trace_emit(vm, EV_DICT_DEL, 0, 0, o->serial, trace_obj(vm, *key), 0);
}

int dict_del(Vm *vm, Object *d, Object *key) {
  int64_t hash = obj_hash(vm, key);
  if (hash == -1) return -1;
  size_t slot;
  ssize ix = lookup(vm, D(d), key, hash, &slot);
  if (ix == -2) return -1;
  if (ix < 0) return 1;
  Object *k, *v;
  remove_entry(vm, d, ix, slot, &k, &v);
  decref(vm, k);
  decref(vm, v);
  return 0;
}

// dict.pop(key) without a default: the value, NULL with KeyError if missing.
Object *dict_pop(Vm *vm, Object *d, Object *key, Object *deflt) {
  int64_t hash = obj_hash(vm, key);
  if (hash == -1) return NULL;
  size_t slot;
  ssize ix = D(d)->used ? lookup(vm, D(d), key, hash, &slot) : -1;
  if (ix == -2) return NULL;
  if (ix < 0) {
    if (deflt) return newref(vm, deflt);
    err_raise_key_error(vm, key);
    return NULL;
  }
  Object *k, *v;
  remove_entry(vm, d, ix, slot, &k, &v);
  decref(vm, k);
  return v;
}

// popitem(): the last entry as (key, value) references, or false if empty.
bool dict_popitem(Vm *vm, Object *o, Object **key, Object **value) {
  DictObject *d = D(o);
  if (d->used == 0) return false;
  // A split table is first made combined at the keys' size (64 slots).
  if (d->split && unsplit(vm, d, 6, true) < 0) return false;
  ssize ix = d->nentries - 1;
  while (ix >= 0 && !d->entries[ix].key) ix--;
  size_t slot = 0, mask = ((size_t)1 << d->log2_size) - 1;
  for (size_t i = 0; i <= mask; i++)
    if (d->indices[i] == ix) slot = i;
  remove_entry(vm, o, ix, slot, key, value);
  d->nentries = ix;
  return true;
}

bool dict_next(Object *o, ssize *pos, Object **key, Object **value) {
  DictObject *d = D(o);
  while (d->has_keys && *pos < d->nentries) {
    DictEntry *e = &d->entries[(*pos)++];
    if (e->key) {
      if (key) *key = e->key;
      if (value) *value = e->value;
      return true;
    }
  }
  return false;
}

// Detaches the table, then drops keys and values first to last.
void dict_clear(Vm *vm, Object *o) {
  DictObject *d = D(o);
  if (!d->has_keys && !d->split) return;
  DictObject old = *d;
  d->split = NULL;
  d->has_keys = false;
  d->indices = NULL;
  d->entries = NULL;
  d->used = d->nentries = d->usable = 0;
  d->version++;
  if (TRACE_ABOUT(vm, o)) trace_emit(vm, EV_DICT_CLEAR, 0, 0, o->serial, 0, 0);
  if (old.split) {
    split_release(vm, o, &old);
    sharedkeys_decref(vm, old.split);
  }
  for (ssize i = 0; old.has_keys && i < old.nentries; i++) {
    DictEntry *e = &old.entries[i];
    if (!e->key) continue;
    decref(vm, e->key);
    decref(vm, e->value);
  }
  free_table(vm, &old);
}

// ---- Copying and merging -----------------------------------------------------------------

// A same-shaped copy of a compact table (clone_combined_dict_keys).
static int clone_into(Vm *vm, DictObject *dst, DictObject *src) {
  if (new_table(vm, dst, src->log2_size, src->unicode_keys) < 0) return -1;
  memcpy(dst->indices, src->indices, indices_bytes(src->log2_size));
  for (ssize i = 0; i < src->nentries; i++) {
    DictEntry *e = &src->entries[i];
    dst->entries[i] = *e;
    if (e->key) {
      incref(vm, e->key);
      incref(vm, e->value);
      trace_set(vm, AS_OBJ(dst), e->key, e->value);
    }
  }
  dst->nentries = src->nentries;
  dst->usable = src->usable;
  dst->used = src->used;
  return 0;
}

// PyDict_Copy of a split dict: a split dict over the same keys, the values
// in the same insertion order, tracked if the original is.
static Object *copy_split(Vm *vm, Object *o, Object *c) {
  dict_make_split(c, D(o)->split);
  ssize pos = 0;
  Object *k, *v;
  while (dict_next(o, &pos, &k, &v)) {
    if (dict_set(vm, c, k, v) < 0) {
      decref(vm, c);
      return NULL;
    }
  }
  if (gc_is_tracked(o) && !gc_is_tracked(c)) gc_track(vm, c);
  return c;
}

Object *dict_copy(Vm *vm, Object *o) {
  DictObject *src = D(o);
  Object *c = dict_new(vm);
  if (!c || src->used == 0) return c;
  if (src->split) return copy_split(vm, o, c);
  // The fast copy only when iteration is dict's own (PyDict_Copy).
  if (o->type->iter == vm->t.dict->iter &&
      src->used >= (src->nentries * 2) / 3) {
    if (clone_into(vm, D(c), src) < 0) {
      decref(vm, c);
      return NULL;
    }
    if (gc_is_tracked(o)) gc_track(vm, c);
    return c;
  }
  if (dict_merge(vm, c, o, true) < 0) {
    decref(vm, c);
    return NULL;
  }
  return c;
}

int dict_merge(Vm *vm, Object *a, Object *b, bool override) {
  DictObject *mp = D(a);
  if (is_dict(b) && b->type->iter == vm->t.dict->iter) {
    DictObject *other = D(b);
    if (a == b || other->used == 0) return 0;
    if (mp->used == 0 && !other->split && other->used == other->nentries &&
        (other->log2_size == LOG_MINSIZE ||
         usable_fraction(((ssize)1 << other->log2_size) / 2) < other->used)) {
      free_table(vm, mp);
      if (clone_into(vm, mp, other) < 0) return -1;
      mp->version++;
      if (gc_is_tracked(b) && !gc_is_tracked(a)) gc_track(vm, a);
      return 0;
    }
    if (mp->split) { // the keys' table: 42 usable entries
      if (usable_fraction(64) < other->used &&
          unsplit(vm, mp, estimate_log2_keysize(mp->used + other->used),
                  other->unicode_keys) < 0)
        return -1;
    } else if (mp->has_keys
                   ? usable_fraction((ssize)1 << mp->log2_size) < other->used
                   : other->used > 0) {
      if (!mp->has_keys) {
        if (new_table(vm, mp, estimate_log2_keysize(other->used),
                      other->unicode_keys) < 0)
          return -1;
      } else if (resize(vm, mp, estimate_log2_keysize(mp->used + other->used),
                        other->unicode_keys) < 0) {
        return -1;
      }
    }
    ssize pos = 0;
    Object *k, *v;
    uint64_t version = other->version;
    while (dict_next(b, &pos, &k, &v)) {
      incref(vm, k);
      incref(vm, v);
      int err = 0;
      if (override || !dict_get(vm, a, k)) {
        if (err_occurred(vm)) err = -1;
        else err = dict_set(vm, a, k, v);
      }
      decref(vm, k);
      decref(vm, v);
      if (err < 0) return -1;
      if (other->version != version) {
        err_set(vm, vm->t.RuntimeError, "dict mutated during update");
        return -1;
      }
    }
    return 0;
  }
  return dict_update_from_mapping(vm, a, b, override);
}

ssize dict_sizeof(const Object *o) {
  const DictObject *d = (const DictObject *)o;
  ssize size = 48;
  if (d->split) { // the values array; the keys count for the class
    size += 8 * (ssize)sharedkeys_values_size(d->split);
    if (d->split->refs == 1) size += SHARED_KEYS_TABLE_BYTES;
  } else if (d->has_keys) {
    uint8_t log2 = d->log2_size;
    uint8_t log2_bytes = log2 < 8 ? log2 : log2 < 16 ? log2 + 1
                                         : log2 < 32 ? log2 + 2 : log2 + 3;
    ssize entry = d->unicode_keys ? 16 : 24;
    size += 32 + ((ssize)1 << log2_bytes) +
            usable_fraction((ssize)1 << log2) * entry;
  }
  return size;
}

// ---- GC support and deallocation ---------------------------------------------------------

static int dict_traverse(Object *o, VisitFn visit, void *arg) {
  DictObject *d = D(o);
  if (d->split) { // the values, in key order
    ssize order[SHARED_KEYS_MAX];
    int n = split_order(d, order);
    for (int i = 0; i < n; i++) {
      int r = visit(d->entries[order[i]].value, arg);
      if (r) return r;
    }
    return 0;
  }
  for (ssize i = 0; d->has_keys && i < d->nentries; i++) {
    DictEntry *e = &d->entries[i];
    if (!e->key) continue;
    int r = visit(e->value, arg);
    if (r) return r;
    if (!d->unicode_keys && (r = visit(e->key, arg)) != 0) return r;
  }
  return 0;
}

void dict_maybe_untrack(Vm *vm, Object *o) {
  DictObject *d = D(o);
  if (!gc_is_tracked(o)) return;
  for (ssize i = 0; d->has_keys && i < d->nentries; i++) {
    DictEntry *e = &d->entries[i];
    if (!e->key) continue;
    if (gc_may_be_tracked(e->value) ||
        (!d->unicode_keys && gc_may_be_tracked(e->key)))
      return;
  }
  gc_untrack(vm, o);
}

static void dict_gc_clear(Vm *vm, Object *o) { dict_clear(vm, o); }

static void dict_dealloc(Vm *vm, Object *o) {
  DictObject *d = D(o);
  if (d->split) {
    split_release(vm, o, d);
    sharedkeys_decref(vm, d->split);
    d->split = NULL;
  }
  for (ssize i = 0; d->has_keys && i < d->nentries; i++)
    if (d->entries[i].key) release_entry(vm, o, &d->entries[i]);
  free_table(vm, d);
  obj_free_memory(vm, o);
}

void dict_init_gc_slots(TypeObject *t) {
  t->dealloc = dict_dealloc;
  t->traverse = dict_traverse;
  t->clear = dict_gc_clear;
}
