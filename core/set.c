// set.c — set and frozenset: CPython 3.11's open-addressing table (LINEAR_PROBES
// neighbours, then perturbation; deleted entries kept as dummies; resize when
// fill*5 >= mask*3), so iteration and printed order match CPython's, plus
// sizes for sys.getsizeof, the frozenset hash, GC support, repr and the
// set_iterator. The set algebra is in setops.c; set_impl.h is the shared part.
#include "set_impl.h"

#include "abstract.h"
#include "args.h"
#include "dict.h"
#include "errors.h"
#include "int.h"
#include "iter.h"
#include "list.h"
#include "reduce.h"
#include "str.h"
#include "trace.h"
#include "tuple.h"
#include "typeobj.h"
#include "vm.h"
#include "weakref.h"

enum { LINEAR_PROBES = 9, PERTURB_SHIFT = 5 };

#define DUMMY_HASH ((int64_t)-1)

static bool is_unused(const SetEntry *e) { return e->key == NULL && e->hash == 0; }

bool set_is_mutable(Vm *vm, const Object *o) {
  return o->type == vm->t.set || type_is_subtype(o->type, vm->t.set);
}

// ---- Trace events ----------------------------------------------------------------

static void trace_add(Vm *vm, Object *so, Object *key) {
  if (TRACE_ABOUT(vm, so))
    trace_emit(vm, EV_SET_ADD, 0, 0, so->serial, trace_obj(vm, key), 0);
}

static void trace_del(Vm *vm, Object *so, Object *key) {
  if (TRACE_ABOUT(vm, so))
    trace_emit(vm, EV_SET_DEL, 0, 0, so->serial, trace_obj(vm, key), 0);
}

// ---- Hashing keys ----------------------------------------------------------------

static int64_t key_hash(Vm *vm, Object *key) {
  if (key->type == vm->t.str) {
    int64_t h = ((StrObject *)key)->hash;
    if (h != -1) return h;
  }
  return obj_hash(vm, key);
}

// Is [key] equal to the key of [e]? 1, 0, -1; *changed is set when the
// comparison mutated the table (the caller restarts its probe).
static int key_matches(Vm *vm, SetObject *so, SetEntry *e, Object *key,
                       bool *changed) {
  Object *start = e->key;
  *changed = false;
  if (start == key) return 1;
  if (start->type == vm->t.str && key->type == vm->t.str)
    return str_eq(start, key);
  SetEntry *table = so->table;
  incref(vm, start);
  int cmp = obj_richcompare_bool(vm, start, key, CMP_EQ);
  decref(vm, start);
  if (cmp < 0) return -1;
  if (table != so->table || e->key != start) *changed = true;
  return cmp;
}

// ---- Probing ---------------------------------------------------------------------

// set_lookkey: the entry holding [key], or the unused entry that ends its
// probe sequence; NULL on error.
static SetEntry *lookkey(Vm *vm, SetObject *so, Object *key, int64_t hash) {
restart:;
  size_t mask = (size_t)so->mask;
  uint64_t perturb = (uint64_t)hash;
  size_t i = (size_t)((uint64_t)hash & mask);
  for (;;) {
    SetEntry *e = &so->table[i];
    int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
    do {
      if (is_unused(e)) return e;
      if (e->hash == hash) {
        bool changed;
        int cmp = key_matches(vm, so, e, key, &changed);
        if (cmp < 0) return NULL;
        if (changed) goto restart;
        if (cmp > 0) return e;
        mask = (size_t)so->mask;
      }
      e++;
    } while (probes--);
    perturb >>= PERTURB_SHIFT;
    i = (size_t)((i * 5 + 1 + perturb) & mask);
  }
}

// Inserts a key known to be absent into a table without dummies.
static void insert_clean(SetEntry *table, size_t mask, Object *key,
                         int64_t hash) {
  uint64_t perturb = (uint64_t)hash;
  size_t i = (size_t)((uint64_t)hash & mask);
  SetEntry *e;
  for (;;) {
    e = &table[i];
    if (e->key == NULL) goto found;
    if (i + LINEAR_PROBES <= mask) {
      for (int j = 0; j < LINEAR_PROBES; j++) {
        e++;
        if (e->key == NULL) goto found;
      }
    }
    perturb >>= PERTURB_SHIFT;
    i = (size_t)((i * 5 + 1 + perturb) & mask);
  }
found:
  e->key = key;
  e->hash = hash;
}

// Finds where [key] belongs: its active entry (*active), or the slot to
// fill: the last dummy seen on the probe path, else the unused entry.
static SetEntry *find_slot(Vm *vm, SetObject *so, Object *key, int64_t hash,
                           bool *active, bool *dummy) {
restart:;
  size_t mask = (size_t)so->mask;
  uint64_t perturb = (uint64_t)hash;
  size_t i = (size_t)((uint64_t)hash & mask);
  SetEntry *freeslot = NULL;
  for (;;) {
    SetEntry *e = &so->table[i];
    int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
    do {
      if (is_unused(e)) {
        *active = false;
        *dummy = freeslot != NULL;
        return freeslot ? freeslot : e;
      }
      if (e->hash == hash) {
        bool changed;
        int cmp = key_matches(vm, so, e, key, &changed);
        if (cmp < 0) return NULL;
        if (cmp > 0) {
          *active = true;
          return e;
        }
        if (changed) goto restart;
        mask = (size_t)so->mask;
      } else if (e->hash == DUMMY_HASH) {
        freeslot = e;
      }
      e++;
    } while (probes--);
    perturb >>= PERTURB_SHIFT;
    i = (size_t)((i * 5 + 1 + perturb) & mask);
  }
}

int set_add_entry(Vm *vm, Object *o, Object *key, int64_t hash) {
  SetObject *so = SO(o);
  bool active, dummy;
  incref(vm, key); // a comparison could otherwise free it
  SetEntry *e = find_slot(vm, so, key, hash, &active, &dummy);
  if (!e || active) {
    decref(vm, key);
    return e ? 0 : -1;
  }
  e->key = key;
  e->hash = hash;
  so->used++;
  trace_add(vm, o, key);
  if (dummy) return 0;
  so->fill++;
  if ((size_t)so->fill * 5 < (size_t)so->mask * 3) return 0;
  return set_table_resize(vm, o, so->used > 50000 ? so->used * 2 : so->used * 4);
}

int set_contains_entry(Vm *vm, Object *o, Object *key, int64_t hash) {
  SetEntry *e = lookkey(vm, SO(o), key, hash);
  return e ? e->key != NULL : -1;
}

int set_discard_entry(Vm *vm, Object *o, Object *key, int64_t hash) {
  SetObject *so = SO(o);
  SetEntry *e = lookkey(vm, so, key, hash);
  if (!e) return -1;
  if (!e->key) return 0;
  Object *old = e->key;
  e->key = NULL;
  e->hash = DUMMY_HASH;
  so->used--;
  trace_del(vm, o, old);
  decref(vm, old);
  return 1;
}

static int add_key(Vm *vm, Object *so, Object *key) {
  int64_t hash = key_hash(vm, key);
  return hash == -1 ? -1 : set_add_entry(vm, so, key, hash);
}

int set_contains_key(Vm *vm, Object *so, Object *key) {
  int64_t hash = key_hash(vm, key);
  return hash == -1 ? -1 : set_contains_entry(vm, so, key, hash);
}

int set_discard_key(Vm *vm, Object *so, Object *key) {
  int64_t hash = key_hash(vm, key);
  return hash == -1 ? -1 : set_discard_entry(vm, so, key, hash);
}

// ---- Table management ---------------------------------------------------------------

static size_t table_bytes(ssize mask) {
  return sizeof(SetEntry) * (size_t)(mask + 1);
}

int set_table_resize(Vm *vm, Object *o, ssize minused) {
  SetObject *so = SO(o);
  size_t newsize = SET_MINSIZE;
  while (newsize <= (size_t)minused) {
    newsize <<= 1;
    if (newsize > ((size_t)1 << 40)) goto nomem;
  }
  SetEntry *oldtable = so->table, *newtable;
  ssize oldmask = so->mask;
  bool malloced = oldtable != so->smalltable;
  SetEntry small_copy[SET_MINSIZE];
  if (newsize == SET_MINSIZE) {
    newtable = so->smalltable;
    if (newtable == oldtable) {
      if (so->fill == so->used) return 0; // no dummies to purge
      memcpy(small_copy, oldtable, sizeof small_copy);
      oldtable = small_copy;
    }
  } else {
    newtable = alloc_bytes(&vm->alloc, sizeof(SetEntry) * newsize);
    if (!newtable) goto nomem;
  }
  memset(newtable, 0, sizeof(SetEntry) * newsize);
  so->mask = (ssize)newsize - 1;
  so->table = newtable;
  so->fill = so->used;
  for (ssize i = 0; i <= oldmask; i++) {
    SetEntry *e = &oldtable[i];
    if (e->key) insert_clean(newtable, newsize - 1, e->key, e->hash);
  }
  if (malloced) alloc_free(&vm->alloc, oldtable, table_bytes(oldmask));
  return 0;
nomem:
  err_no_memory(vm);
  return -1;
}

static void empty_to_minsize(SetObject *so) {
  memset(so->smalltable, 0, sizeof so->smalltable);
  so->fill = 0;
  so->used = 0;
  so->mask = SET_MINSIZE - 1;
  so->table = so->smalltable;
  so->hash = -1;
}

void set_clear_all(Vm *vm, Object *o) {
  SetObject *so = SO(o);
  SetEntry *table = so->table;
  ssize used = so->used, mask = so->mask;
  bool malloced = table != so->smalltable;
  SetEntry small_copy[SET_MINSIZE];
  if (malloced) {
    empty_to_minsize(so);
  } else if (so->fill > 0) {
    memcpy(small_copy, table, sizeof small_copy);
    table = small_copy;
    empty_to_minsize(so);
  }
  if (used > 0 && TRACE_ABOUT(vm, o))
    trace_emit(vm, EV_SET_CLEAR, 0, 0, o->serial, 0, 0);
  for (SetEntry *e = table; used > 0; e++) {
    if (e->key) {
      used--;
      decref(vm, e->key);
    }
  }
  if (malloced) alloc_free(&vm->alloc, table, table_bytes(mask));
}

bool set_next_entry(Object *o, ssize *pos, SetEntry **entry) {
  SetObject *so = SO(o);
  ssize i = *pos;
  while (i <= so->mask && so->table[i].key == NULL) i++;
  *pos = i + 1;
  if (i > so->mask) return false;
  *entry = &so->table[i];
  return true;
}

// ---- Merging -------------------------------------------------------------------------

// Copies the entries of [other] into the empty table of [so].
static void merge_into_empty(Vm *vm, SetObject *so, SetObject *other) {
  if (so->mask == other->mask && other->fill == other->used) {
    for (ssize i = 0; i <= other->mask; i++) {
      Object *key = other->table[i].key;
      if (!key) continue;
      so->table[i].key = newref(vm, key);
      so->table[i].hash = other->table[i].hash;
      trace_add(vm, AS_OBJ(so), key);
    }
    so->fill = other->fill;
    so->used = other->used;
    return;
  }
  so->fill = so->used = other->used;
  for (ssize i = 0; i <= other->mask; i++) {
    Object *key = other->table[i].key;
    if (!key) continue;
    insert_clean(so->table, (size_t)so->mask, newref(vm, key),
                 other->table[i].hash);
    trace_add(vm, AS_OBJ(so), key);
  }
}

static int set_merge(Vm *vm, Object *o, Object *oo) {
  SetObject *so = SO(o), *other = SO(oo);
  if (o == oo || other->used == 0) return 0;
  if ((so->fill + other->used) * 5 >= so->mask * 3 &&
      set_table_resize(vm, o, (so->used + other->used) * 2) < 0)
    return -1;
  if (so->fill == 0) {
    merge_into_empty(vm, so, other);
    return 0;
  }
  for (ssize i = 0; i <= other->mask; i++) {
    SetEntry *e = &other->table[i];
    if (e->key && set_add_entry(vm, o, e->key, e->hash) < 0) return -1;
  }
  return 0;
}

// Adds the keys of an exact dict, with the hashes the dict stored.
static int update_from_dict(Vm *vm, Object *o, Object *d) {
  SetObject *so = SO(o);
  ssize n = dict_size(d);
  if ((so->fill + n) * 5 >= so->mask * 3 &&
      set_table_resize(vm, o, (so->used + n) * 2) < 0)
    return -1;
  DictObject *dict = (DictObject *)d;
  for (ssize i = 0; dict->has_keys && i < dict->nentries; i++) {
    DictEntry *e = &dict->entries[i];
    if (e->key && set_add_entry(vm, o, e->key, e->hash) < 0) return -1;
  }
  return 0;
}

int set_update_any(Vm *vm, Object *so, Object *other) {
  if (is_anyset(other)) return set_merge(vm, so, other);
  if (other->type == vm->t.dict) return update_from_dict(vm, so, other);
  Object *it = obj_get_iter(vm, other);
  if (!it) return -1;
  Object *key;
  while ((key = iter_next(vm, it)) != NULL) {
    int r = add_key(vm, so, key);
    decref(vm, key);
    if (r < 0) {
      decref(vm, it);
      return -1;
    }
  }
  decref(vm, it);
  return err_occurred(vm) ? -1 : 0;
}

// ---- Construction -------------------------------------------------------------------

Object *set_make(Vm *vm, TypeObject *type, Object *iterable) {
  SetObject *so = (SetObject *)obj_alloc(vm, type, sizeof(SetObject));
  if (!so) return NULL;
  so->mask = SET_MINSIZE - 1;
  so->table = so->smalltable;
  so->hash = -1;
  gc_track(vm, AS_OBJ(so));
  if (iterable && set_update_any(vm, AS_OBJ(so), iterable) < 0) {
    decref(vm, AS_OBJ(so));
    return NULL;
  }
  return AS_OBJ(so);
}

Object *set_make_basetype(Vm *vm, TypeObject *type, Object *iterable) {
  if (type != vm->t.set && type != vm->t.frozenset)
    type = type_is_subtype(type, vm->t.set) ? vm->t.set : vm->t.frozenset;
  return set_make(vm, type, iterable);
}

Object *set_copy_of(Vm *vm, Object *so) {
  return set_make_basetype(vm, so->type, so);
}

// Emits the membership of [o] after its contents were replaced.
static void trace_refill(Vm *vm, Object *o) {
  if (!TRACE_ABOUT(vm, o)) return;
  trace_emit(vm, EV_SET_CLEAR, 0, 0, o->serial, 0, 0);
  ssize pos = 0;
  SetEntry *e;
  while (set_next_entry(o, &pos, &e)) trace_add(vm, o, e->key);
}

void set_swap_bodies(Vm *vm, Object *oa, Object *ob) {
  SetObject *a = SO(oa), *b = SO(ob);
  ssize t;
  t = a->fill; a->fill = b->fill; b->fill = t;
  t = a->used; a->used = b->used; b->used = t;
  t = a->mask; a->mask = b->mask; b->mask = t;
  SetEntry *u = a->table == a->smalltable ? b->smalltable : a->table;
  a->table = b->table == b->smalltable ? a->smalltable : b->table;
  b->table = u;
  if (a->table == a->smalltable || b->table == b->smalltable) {
    SetEntry tab[SET_MINSIZE];
    memcpy(tab, a->smalltable, sizeof tab);
    memcpy(a->smalltable, b->smalltable, sizeof tab);
    memcpy(b->smalltable, tab, sizeof tab);
  }
  if (type_is_subtype(oa->type, vm->t.frozenset) &&
      type_is_subtype(ob->type, vm->t.frozenset)) {
    int64_t h = a->hash;
    a->hash = b->hash;
    b->hash = h;
  } else {
    a->hash = b->hash = -1;
  }
  trace_refill(vm, oa);
  trace_refill(vm, ob);
}

// ---- Public API (set.h) ------------------------------------------------------------

Object *set_new(Vm *vm, TypeObject *type, Object *iterable) {
  return set_make(vm, type, iterable);
}

int set_add(Vm *vm, Object *s, Object *key) { return add_key(vm, s, key); }

int set_contains(Vm *vm, Object *s, Object *key) {
  return set_contains_key(vm, s, key);
}

int set_discard(Vm *vm, Object *s, Object *key) {
  return set_discard_key(vm, s, key);
}

bool set_next(Object *s, ssize *pos, Object **key) {
  SetEntry *e;
  if (!set_next_entry(s, pos, &e)) return false;
  *key = e->key;
  return true;
}

int set_update(Vm *vm, Object *s, Object *iterable) {
  return set_update_any(vm, s, iterable);
}

// ---- GC support and deallocation ------------------------------------------------------

static int set_traverse(Object *o, VisitFn visit, void *arg) {
  ssize pos = 0;
  SetEntry *e;
  while (set_next_entry(o, &pos, &e)) {
    int r = visit(e->key, arg);
    if (r) return r;
  }
  return 0;
}

static void set_gc_clear(Vm *vm, Object *o) { set_clear_all(vm, o); }

static void set_dealloc(Vm *vm, Object *o) {
  SetObject *so = SO(o);
  if (o->oflags & OF_HAS_WEAKREFS) weakref_clear_all(vm, o);
  ssize used = so->used;
  for (SetEntry *e = so->table; used > 0; e++) {
    Object *key = e->key;
    if (!key) continue;
    used--;
    e->key = NULL;
    trace_del(vm, o, key);
    decref(vm, key);
  }
  if (so->table != so->smalltable)
    alloc_free(&vm->alloc, so->table, table_bytes(so->mask));
  obj_free_memory(vm, o);
}

// ---- repr, hash, length, membership -------------------------------------------------

static Object *set_repr(Vm *vm, Object *o) {
  bool exact = o->type == vm->t.set;
  int r = repr_enter(vm, o);
  if (r != 0)
    return r > 0 ? str_from_format(vm, "%s(...)", o->type->tp_name) : NULL;
  Object *result = NULL;
  if (set_size(o) == 0) {
    result = str_from_format(vm, "%s()", o->type->tp_name);
    goto done;
  }
  Object *keys = list_from_iterable(vm, o);
  Object *lr = keys ? obj_repr(vm, keys) : NULL;
  xdecref(vm, keys);
  if (!lr) goto done;
  Object *inner = str_substring(vm, lr, 1, str_len(lr) - 1);
  decref(vm, lr);
  if (!inner) goto done;
  result = exact ? str_from_format(vm, "{%U}", inner)
                 : str_from_format(vm, "%s({%U})", o->type->tp_name, inner);
  decref(vm, inner);
done:
  repr_leave(vm, o);
  return result;
}

static uint64_t shuffle_bits(uint64_t h) {
  return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL;
}

static int64_t frozenset_hash(Vm *vm, Object *o) {
  UNUSED(vm);
  SetObject *so = SO(o);
  if (so->hash != -1) return so->hash;
  uint64_t hash = 0;
  for (ssize i = 0; i <= so->mask; i++)
    hash ^= shuffle_bits((uint64_t)so->table[i].hash);
  if ((so->mask + 1 - so->fill) & 1) hash ^= shuffle_bits(0);
  if ((so->fill - so->used) & 1) hash ^= shuffle_bits((uint64_t)-1);
  hash ^= ((uint64_t)so->used + 1) * 1927868237ULL;
  hash ^= (hash >> 11) ^ (hash >> 25);
  hash = hash * 69069U + 907133923ULL;
  if (hash == (uint64_t)-1) hash = 590923713ULL;
  so->hash = (int64_t)hash;
  return so->hash;
}

static ssize set_len(Vm *vm, Object *o) {
  UNUSED(vm);
  return set_size(o);
}

// `key in s`; a set key is looked up as the equal frozenset.
static int set_tp_contains(Vm *vm, Object *so, Object *key) {
  int rv = set_contains_key(vm, so, key);
  if (rv >= 0 || !set_is_mutable(vm, key) || !err_matches(vm, vm->t.TypeError))
    return rv;
  err_clear(vm);
  Object *tmp = set_make(vm, vm->t.frozenset, key);
  if (!tmp) return -1;
  rv = set_contains_key(vm, so, tmp);
  decref(vm, tmp);
  return rv;
}

// ---- set_iterator -----------------------------------------------------------------------
// IterObject fields: seq = the set (NULL once exhausted), index = next table
// position, len = items left, step = the size when iteration began.

static Object *set_iter(Vm *vm, Object *so) {
  IterObject *it = (IterObject *)obj_alloc(vm, vm->t.set_iter, sizeof(IterObject));
  if (!it) return NULL;
  iter_field_set(vm, AS_OBJ(it), "seq", &it->seq, newref(vm, so));
  it->step = set_size(so);
  it->len = set_size(so);
  gc_track(vm, AS_OBJ(it));
  return AS_OBJ(it);
}

static Object *setiter_next(Vm *vm, Object *o) {
  IterObject *it = (IterObject *)o;
  Object *so = it->seq;
  if (!so) return NULL;
  if (it->step != set_size(so)) {
    err_set(vm, vm->t.RuntimeError, "Set changed size during iteration");
    it->step = -1; // sticky
    return NULL;
  }
  ssize pos = it->index;
  SetEntry *e;
  if (!set_next_entry(so, &pos, &e)) {
    it->index = pos;
    iter_field_drop(vm, o, "seq", &it->seq);
    return NULL;
  }
  it->index = pos;
  it->len--;
  return newref(vm, e->key);
}

static Object *setiter_length_hint(Vm *vm, Object *self, Object *const *args,
                                   size_t nargs, Object *kw) {
  if (parse_args(vm, "set_iterator.__length_hint__", args, nargs, kw, "N") < 0)
    return NULL;
  IterObject *it = (IterObject *)self;
  ssize n = it->seq && it->step == set_size(it->seq) ? it->len : 0;
  return int_from_i64(vm, n);
}

static int setiter_traverse(Object *o, VisitFn visit, void *arg) {
  IterObject *it = (IterObject *)o;
  return it->seq ? visit(it->seq, arg) : 0;
}

static void setiter_dealloc(Vm *vm, Object *o) {
  iter_field_drop(vm, o, "seq", &((IterObject *)o)->seq);
  obj_free_memory(vm, o);
}

static Object *iter_self(Vm *vm, Object *o) { return newref(vm, o); }

static const MethodDef setiter_methods[] = {
    {"__length_hint__", setiter_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL}};

static void setiter_type_init(Vm *vm) {
  TypeObject *t = vm->t.set_iter;
  t->flags = (t->flags | TPF_HAVE_GC) & ~(uint32_t)TPF_BASETYPE;
  t->py_basicsize = 48;
  t->alloc_size = sizeof(IterObject);
  t->dealloc = setiter_dealloc;
  t->traverse = setiter_traverse;
  t->iter = iter_self;
  t->iternext = setiter_next;
  type_add_methods(vm, t, setiter_methods);
}

// ---- Methods shared by set and frozenset -----------------------------------------------

#define METHOD(name)                                                           \
  static Object *name(Vm *vm, Object *self, Object *const *args, size_t nargs, \
                      Object *kw)

METHOD(set_contains_m) {
  Object *key;
  const char *fname = set_is_mutable(vm, self) ? "set.__contains__"
                                               : "frozenset.__contains__";
  if (parse_args(vm, fname, args, nargs, kw, "1O:key", &key) < 0) return NULL;
  int r = set_tp_contains(vm, self, key);
  return r < 0 ? NULL : vm_bool(vm, r);
}

METHOD(set_sizeof_m) {
  const char *fname = set_is_mutable(vm, self) ? "set.__sizeof__"
                                               : "frozenset.__sizeof__";
  if (parse_args(vm, fname, args, nargs, kw, "N") < 0) return NULL;
  SetObject *so = SO(self);
  ssize size = self->type->py_basicsize;
  if (so->table != so->smalltable) size += (so->mask + 1) * 16;
  return int_from_i64(vm, size);
}

METHOD(set_reduce_m) {
  const char *fname = set_is_mutable(vm, self) ? "set.__reduce__"
                                               : "frozenset.__reduce__";
  if (parse_args(vm, fname, args, nargs, kw, "N") < 0) return NULL;
  Object *keys = list_from_iterable(vm, self);
  Object *targs = keys ? tuple_pack(vm, 1, keys) : NULL;
  Object *state = targs ? reduce_get_state(vm, self) : NULL;
  Object *r = state ? tuple_pack(vm, 3, AS_OBJ(self->type), targs, state) : NULL;
  xdecref(vm, keys);
  xdecref(vm, targs);
  xdecref(vm, state);
  return r;
}

static const MethodDef anyset_methods[] = {
    {"__contains__", set_contains_m, 0, NULL},
    {"__sizeof__", set_sizeof_m, 0, NULL},
    {"__reduce__", set_reduce_m, 0, NULL},
    {NULL, NULL, 0, NULL}};

// ---- Methods of set only -------------------------------------------------------------

METHOD(set_add_m) {
  Object *key;
  if (parse_args(vm, "set.add", args, nargs, kw, "1O:object", &key) < 0)
    return NULL;
  return add_key(vm, self, key) < 0 ? NULL : vm_none(vm);
}

// discard/remove: a set key is retried as the equal frozenset.
static int discard_any(Vm *vm, Object *self, Object *key) {
  int rv = set_discard_key(vm, self, key);
  if (rv >= 0 || !set_is_mutable(vm, key) || !err_matches(vm, vm->t.TypeError))
    return rv;
  err_clear(vm);
  Object *tmp = set_make(vm, vm->t.frozenset, key);
  if (!tmp) return -1;
  rv = set_discard_key(vm, self, tmp);
  decref(vm, tmp);
  return rv;
}

METHOD(set_remove_m) {
  Object *key;
  if (parse_args(vm, "set.remove", args, nargs, kw, "1O:object", &key) < 0)
    return NULL;
  int rv = discard_any(vm, self, key);
  if (rv < 0) return NULL;
  if (rv == 0) {
    err_raise_key_error(vm, key);
    return NULL;
  }
  return vm_none(vm);
}

METHOD(set_discard_m) {
  Object *key;
  if (parse_args(vm, "set.discard", args, nargs, kw, "1O:object", &key) < 0)
    return NULL;
  return discard_any(vm, self, key) < 0 ? NULL : vm_none(vm);
}

METHOD(set_pop_m) {
  if (parse_args(vm, "set.pop", args, nargs, kw, "N") < 0) return NULL;
  SetObject *so = SO(self);
  if (so->used == 0) {
    err_set(vm, vm->t.KeyError, "pop from an empty set");
    return NULL;
  }
  SetEntry *e = so->table + (so->finger & so->mask);
  SetEntry *limit = so->table + so->mask;
  while (e->key == NULL) {
    e++;
    if (e > limit) e = so->table;
  }
  Object *key = e->key;
  e->key = NULL;
  e->hash = DUMMY_HASH;
  so->used--;
  so->finger = e - so->table + 1;
  trace_del(vm, self, key);
  return key;
}

METHOD(set_clear_m) {
  if (parse_args(vm, "set.clear", args, nargs, kw, "N") < 0) return NULL;
  set_clear_all(vm, self);
  return vm_none(vm);
}

static const MethodDef set_only_methods[] = {
    {"add", set_add_m, 0, NULL},
    {"remove", set_remove_m, 0, NULL},
    {"discard", set_discard_m, 0, NULL},
    {"pop", set_pop_m, 0, NULL},
    {"clear", set_clear_m, 0, NULL},
    {NULL, NULL, 0, NULL}};

#undef METHOD

// ---- Constructors ----------------------------------------------------------------------

static Object *set_tp_new(Vm *vm, TypeObject *type, Object *const *args,
                          size_t nargs, Object *kwnames) {
  UNUSED(args);
  UNUSED(nargs);
  UNUSED(kwnames);
  return set_make(vm, type, NULL);
}

static int set_tp_init(Vm *vm, Object *self, Object *const *args, size_t nargs,
                       Object *kwnames) {
  Object *iterable = NULL;
  if (no_keywords(vm, "set", kwnames) < 0) return -1;
  if (parse_args(vm, self->type->tp_name, args, nargs, NULL, "C|O:iterable",
                 &iterable) < 0)
    return -1;
  if (SO(self)->fill) set_clear_all(vm, self);
  SO(self)->hash = -1;
  return iterable ? set_update_any(vm, self, iterable) : 0;
}

static Object *frozenset_tp_new(Vm *vm, TypeObject *type, Object *const *args,
                                size_t nargs, Object *kwnames) {
  Object *iterable = NULL;
  TypeObject *fs = vm->t.frozenset;
  if ((type == fs || type->tp_init == fs->tp_init) &&
      no_keywords(vm, "frozenset", kwnames) < 0)
    return NULL;
  if (parse_args(vm, type->tp_name, args, nargs, NULL, "C|O:iterable",
                 &iterable) < 0)
    return NULL;
  if (type == fs && iterable && iterable->type == fs)
    return newref(vm, iterable); // frozenset(f) is f
  return set_make(vm, type, iterable);
}

static void fill_common(TypeObject *t) {
  t->flags |= TPF_HAVE_GC | TPF_BASETYPE | TPF_WEAKREFABLE;
  t->py_basicsize = 200;
  t->alloc_size = sizeof(SetObject);
  t->dealloc = set_dealloc;
  t->traverse = set_traverse;
  t->clear = set_gc_clear;
  t->repr = set_repr;
  t->len = set_len;
  t->contains = set_tp_contains;
  t->iter = set_iter;
}

void set_type_init(Vm *vm) {
  TypeObject *s = vm->t.set, *f = vm->t.frozenset;
  fill_common(s);
  s->hash = NULL; // unhashable
  s->tp_new = set_tp_new;
  s->tp_init = set_tp_init;
  type_add_methods(vm, s, anyset_methods);
  type_add_methods(vm, s, set_only_methods);
  fill_common(f);
  f->hash = frozenset_hash;
  f->tp_new = frozenset_tp_new;
  type_add_methods(vm, f, anyset_methods);
  setops_init(vm, s, f);
  setiter_type_init(vm);
}
