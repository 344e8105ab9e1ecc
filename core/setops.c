// setops.c — the set algebra of set and frozenset: union, intersection,
// difference and symmetric difference (methods, operators and in-place
// forms), subset tests and comparisons, following setobject.c's algorithms
// step by step (which operand is iterated decides the result's order).
#include "set_impl.h"

#include "abstract.h"
#include "args.h"
#include "dict.h"
#include "errors.h"
#include "typeobj.h"
#include "vm.h"

#include <stdio.h>

// ---- Helpers -----------------------------------------------------------------------

// "set.<name>" or "frozenset.<name>" for argument errors.
static const char *mname(Vm *vm, Object *self, const char *name, char *buf,
                         size_t size) {
  snprintf(buf, size, "%s.%s", set_is_mutable(vm, self) ? "set" : "frozenset",
           name);
  return buf;
}

#define NAME(name) mname(vm, self, name, namebuf, sizeof namebuf)

// Calls [fn] for every active entry of [so], holding a reference to the
// key; stops at the first non-zero result (which is returned).
typedef int (*EntryFn)(Vm *vm, Object *key, int64_t hash, void *arg);

static int each_entry(Vm *vm, Object *so, EntryFn fn, void *arg) {
  ssize pos = 0;
  SetEntry *e;
  while (set_next_entry(so, &pos, &e)) {
    Object *key = newref(vm, e->key);
    int r = fn(vm, key, e->hash, arg);
    decref(vm, key);
    if (r) return r;
  }
  return 0;
}

// Calls [fn] for every item of iter(other); 0 at the end, else fn's result
// (or -1 when iteration failed).
typedef int (*ItemFn)(Vm *vm, Object *item, void *arg);

static int each_item(Vm *vm, Object *other, ItemFn fn, void *arg) {
  Object *it = obj_get_iter(vm, other);
  if (!it) return -1;
  Object *item;
  int r = 0;
  while ((item = iter_next(vm, it)) != NULL) {
    r = fn(vm, item, arg);
    decref(vm, item);
    if (r) break;
  }
  decref(vm, it);
  if (!r && err_occurred(vm)) r = -1;
  return r;
}

// ---- Intersection ---------------------------------------------------------------------

typedef struct Inter {
  Object *so, *result;
} Inter;

static int inter_entry(Vm *vm, Object *key, int64_t hash, void *arg) {
  Inter *in = arg;
  int rv = set_contains_entry(vm, in->so, key, hash);
  if (rv > 0) rv = set_add_entry(vm, in->result, key, hash);
  return rv < 0 ? -1 : 0;
}

static int inter_item(Vm *vm, Object *key, void *arg) {
  Inter *in = arg;
  int64_t hash = obj_hash(vm, key);
  if (hash == -1) return -1;
  int rv = set_contains_entry(vm, in->so, key, hash);
  if (rv <= 0) return rv;
  if (set_add_entry(vm, in->result, key, hash) < 0) return -1;
  return set_size(in->result) >= set_size(in->so) ? 1 : 0; // all found
}

static Object *set_intersection(Vm *vm, Object *so, Object *other) {
  if (so == other) return set_copy_of(vm, so);
  Inter in = {so, set_make_basetype(vm, so->type, NULL)};
  if (!in.result) return NULL;
  int r;
  if (is_anyset(other)) {
    Object *small = other;
    if (set_size(other) > set_size(so)) {
      small = so;
      in.so = other;
    }
    r = each_entry(vm, small, inter_entry, &in);
  } else {
    r = each_item(vm, other, inter_item, &in);
  }
  if (r < 0) {
    decref(vm, in.result);
    return NULL;
  }
  return in.result;
}

static Object *intersection_multi(Vm *vm, Object *so, Object *const *args,
                                  size_t nargs) {
  if (nargs == 0) return set_copy_of(vm, so);
  Object *result = newref(vm, so);
  for (size_t i = 0; i < nargs; i++) {
    Object *next = set_intersection(vm, result, args[i]);
    decref(vm, result);
    if (!next) return NULL;
    result = next;
  }
  return result;
}

// ---- Difference --------------------------------------------------------------------------

static int discard_entry_cb(Vm *vm, Object *key, int64_t hash, void *so) {
  return set_discard_entry(vm, so, key, hash) < 0 ? -1 : 0;
}

static int discard_item_cb(Vm *vm, Object *key, void *so) {
  return set_discard_key(vm, so, key) < 0 ? -1 : 0;
}

static int difference_update(Vm *vm, Object *so, Object *other) {
  if (so == other) {
    set_clear_all(vm, so);
    return 0;
  }
  if (is_anyset(other)) {
    // Much larger other sets are first reduced to the intersection.
    Object *o = (set_size(other) >> 3) > set_size(so)
                    ? set_intersection(vm, so, other)
                    : newref(vm, other);
    if (!o) return -1;
    int r = each_entry(vm, o, discard_entry_cb, so);
    decref(vm, o);
    if (r < 0) return -1;
  } else if (each_item(vm, other, discard_item_cb, so) < 0) {
    return -1;
  }
  SetObject *s = SO(so);
  if ((size_t)(s->fill - s->used) <= (size_t)s->mask / 4) return 0;
  return set_table_resize(vm, so, s->used > 50000 ? s->used * 2 : s->used * 4);
}

static Object *copy_and_difference(Vm *vm, Object *so, Object *other) {
  Object *result = set_copy_of(vm, so);
  if (result && difference_update(vm, result, other) < 0) {
    decref(vm, result);
    return NULL;
  }
  return result;
}

typedef struct Diff {
  Object *other, *result;
} Diff;

static int diff_entry(Vm *vm, Object *key, int64_t hash, void *arg) {
  Diff *d = arg;
  int rv;
  if (is_dict(d->other)) {
    Object *v = dict_get(vm, d->other, key);
    rv = v ? 1 : err_occurred(vm) ? -1 : 0;
  } else {
    rv = set_contains_entry(vm, d->other, key, hash);
  }
  if (rv == 0) rv = set_add_entry(vm, d->result, key, hash);
  return rv < 0 ? -1 : 0;
}

static Object *set_difference(Vm *vm, Object *so, Object *other) {
  ssize other_size;
  if (is_anyset(other)) other_size = set_size(other);
  else if (other->type == vm->t.dict) other_size = dict_size(other);
  else return copy_and_difference(vm, so, other);
  if ((set_size(so) >> 2) > other_size)
    return copy_and_difference(vm, so, other);
  Diff d = {other, set_make_basetype(vm, so->type, NULL)};
  if (!d.result) return NULL;
  if (each_entry(vm, so, diff_entry, &d) < 0) {
    decref(vm, d.result);
    return NULL;
  }
  return d.result;
}

static Object *difference_multi(Vm *vm, Object *so, Object *const *args,
                                size_t nargs) {
  if (nargs == 0) return set_copy_of(vm, so);
  Object *result = set_difference(vm, so, args[0]);
  for (size_t i = 1; result && i < nargs; i++) {
    if (difference_update(vm, result, args[i]) < 0) {
      decref(vm, result);
      return NULL;
    }
  }
  return result;
}

// ---- Symmetric difference ------------------------------------------------------------------

static int toggle_entry(Vm *vm, Object *key, int64_t hash, void *so) {
  int rv = set_discard_entry(vm, so, key, hash);
  if (rv == 0) rv = set_add_entry(vm, so, key, hash);
  return rv < 0 ? -1 : 0;
}

// Toggles the keys of an exact dict, with their stored hashes.
static int toggle_dict(Vm *vm, Object *so, Object *d) {
  DictObject *dict = (DictObject *)d;
  for (ssize i = 0; dict->has_keys && i < dict->nentries; i++) {
    DictEntry *e = &dict->entries[i];
    if (!e->key) continue;
    Object *key = newref(vm, e->key);
    int r = toggle_entry(vm, key, e->hash, so);
    decref(vm, key);
    if (r < 0) return -1;
  }
  return 0;
}

static int symmetric_update(Vm *vm, Object *so, Object *other) {
  if (so == other) {
    set_clear_all(vm, so);
    return 0;
  }
  if (other->type == vm->t.dict) return toggle_dict(vm, so, other);
  Object *o = is_anyset(other) ? newref(vm, other)
                               : set_make_basetype(vm, so->type, other);
  if (!o) return -1;
  int r = each_entry(vm, o, toggle_entry, so);
  decref(vm, o);
  return r < 0 ? -1 : 0;
}

static Object *set_symmetric_difference(Vm *vm, Object *so, Object *other) {
  Object *result = set_make_basetype(vm, so->type, other);
  if (result && symmetric_update(vm, result, so) < 0) {
    decref(vm, result);
    return NULL;
  }
  return result;
}

// ---- Subsets and comparisons -----------------------------------------------------------------

static int in_other(Vm *vm, Object *key, int64_t hash, void *other) {
  int rv = set_contains_entry(vm, other, key, hash);
  return rv < 0 ? -1 : rv == 0 ? 1 : 0; // 1: a key is missing
}

// 1 if [so] <= [other], 0 if not, -1 on error.
static int is_subset(Vm *vm, Object *so, Object *other) {
  if (!is_anyset(other)) {
    Object *tmp = set_make(vm, vm->t.set, other);
    if (!tmp) return -1;
    int r = is_subset(vm, so, tmp);
    decref(vm, tmp);
    return r;
  }
  if (set_size(so) > set_size(other)) return 0;
  int r = each_entry(vm, so, in_other, other);
  return r < 0 ? -1 : !r;
}

static int in_self(Vm *vm, Object *key, void *so) {
  int rv = set_contains_key(vm, so, key);
  return rv < 0 ? -1 : rv == 0 ? 1 : 0;
}

static int is_superset(Vm *vm, Object *so, Object *other) {
  if (is_anyset(other)) return is_subset(vm, other, so);
  int r = each_item(vm, other, in_self, so);
  return r < 0 ? -1 : !r;
}

static int found_in_self(Vm *vm, Object *key, void *so) {
  return set_contains_key(vm, so, key); // 1 stops: not disjoint
}

static int found_entry(Vm *vm, Object *key, int64_t hash, void *so) {
  return set_contains_entry(vm, so, key, hash);
}

static int is_disjoint(Vm *vm, Object *so, Object *other) {
  if (so == other) return set_size(so) == 0;
  int r;
  if (other->type == vm->t.set || other->type == vm->t.frozenset) {
    Object *big = so, *small = other;
    if (set_size(other) > set_size(so)) {
      big = other;
      small = so;
    }
    r = each_entry(vm, small, found_entry, big);
  } else {
    r = each_item(vm, other, found_in_self, so);
  }
  return r < 0 ? -1 : !r;
}

static Object *bool_or_null(Vm *vm, int r) {
  return r < 0 ? NULL : vm_bool(vm, r);
}

static int set_equal(Vm *vm, Object *v, Object *w) {
  if (set_size(v) != set_size(w)) return 0;
  int64_t hv = SO(v)->hash, hw = SO(w)->hash;
  if (hv != -1 && hw != -1 && hv != hw) return 0;
  return is_subset(vm, v, w);
}

static Object *set_richcompare(Vm *vm, Object *v, Object *w, int op) {
  if (!is_anyset(w)) return vm_notimpl(vm);
  switch (op) {
  case CMP_EQ: return bool_or_null(vm, set_equal(vm, v, w));
  case CMP_NE: {
    int r = set_equal(vm, v, w);
    return bool_or_null(vm, r < 0 ? r : !r);
  }
  case CMP_LE: return bool_or_null(vm, is_subset(vm, v, w));
  case CMP_GE: return bool_or_null(vm, is_superset(vm, v, w));
  case CMP_LT:
    if (set_size(v) >= set_size(w)) return vm_bool(vm, false);
    return bool_or_null(vm, is_subset(vm, v, w));
  default:
    if (set_size(v) <= set_size(w)) return vm_bool(vm, false);
    return bool_or_null(vm, is_superset(vm, v, w));
  }
}

// ---- Operators --------------------------------------------------------------------------------

static Object *set_or(Vm *vm, Object *so, Object *other) {
  if (!is_anyset(so) || !is_anyset(other)) return vm_notimpl(vm);
  Object *result = set_copy_of(vm, so);
  if (!result || so == other) return result;
  if (set_update_any(vm, result, other) < 0) {
    decref(vm, result);
    return NULL;
  }
  return result;
}

static Object *set_and(Vm *vm, Object *so, Object *other) {
  if (!is_anyset(so) || !is_anyset(other)) return vm_notimpl(vm);
  return set_intersection(vm, so, other);
}

static Object *set_sub(Vm *vm, Object *so, Object *other) {
  if (!is_anyset(so) || !is_anyset(other)) return vm_notimpl(vm);
  return set_difference(vm, so, other);
}

static Object *set_xor(Vm *vm, Object *so, Object *other) {
  if (!is_anyset(so) || !is_anyset(other)) return vm_notimpl(vm);
  return set_symmetric_difference(vm, so, other);
}

static int intersection_update(Vm *vm, Object *so, Object *tmp) {
  if (!tmp) return -1;
  set_swap_bodies(vm, so, tmp);
  decref(vm, tmp);
  return 0;
}

static Object *self_or_null(Vm *vm, Object *so, int r) {
  return r < 0 ? NULL : newref(vm, so);
}

static Object *set_ior(Vm *vm, Object *so, Object *other) {
  if (!is_anyset(other)) return vm_notimpl(vm);
  return self_or_null(vm, so, set_update_any(vm, so, other));
}

static Object *set_iand(Vm *vm, Object *so, Object *other) {
  if (!is_anyset(other)) return vm_notimpl(vm);
  return self_or_null(vm, so,
                      intersection_update(vm, so, set_intersection(vm, so, other)));
}

static Object *set_isub(Vm *vm, Object *so, Object *other) {
  if (!is_anyset(other)) return vm_notimpl(vm);
  return self_or_null(vm, so, difference_update(vm, so, other));
}

static Object *set_ixor(Vm *vm, Object *so, Object *other) {
  if (!is_anyset(other)) return vm_notimpl(vm);
  return self_or_null(vm, so, symmetric_update(vm, so, other));
}

// ---- Methods ------------------------------------------------------------------------------------

#define METHOD(name)                                                           \
  static Object *name(Vm *vm, Object *self, Object *const *args, size_t nargs, \
                      Object *kw)

METHOD(m_copy) {
  char namebuf[48];
  if (parse_args(vm, NAME("copy"), args, nargs, kw, "N") < 0) return NULL;
  if (self->type == vm->t.frozenset) return newref(vm, self);
  return set_copy_of(vm, self);
}

METHOD(m_update) {
  if (no_keywords(vm, "set.update", kw) < 0) return NULL;
  for (size_t i = 0; i < nargs; i++)
    if (set_update_any(vm, self, args[i]) < 0) return NULL;
  return vm_none(vm);
}

METHOD(m_union) {
  char namebuf[48];
  if (no_keywords(vm, NAME("union"), kw) < 0) return NULL;
  Object *result = set_copy_of(vm, self);
  for (size_t i = 0; result && i < nargs; i++) {
    if (args[i] == self) continue;
    if (set_update_any(vm, result, args[i]) < 0) {
      decref(vm, result);
      return NULL;
    }
  }
  return result;
}

METHOD(m_intersection) {
  char namebuf[48];
  if (no_keywords(vm, NAME("intersection"), kw) < 0) return NULL;
  return intersection_multi(vm, self, args, nargs);
}

METHOD(m_intersection_update) {
  if (no_keywords(vm, "set.intersection_update", kw) < 0) return NULL;
  Object *tmp = intersection_multi(vm, self, args, nargs);
  return intersection_update(vm, self, tmp) < 0 ? NULL : vm_none(vm);
}

METHOD(m_difference) {
  char namebuf[48];
  if (no_keywords(vm, NAME("difference"), kw) < 0) return NULL;
  return difference_multi(vm, self, args, nargs);
}

METHOD(m_difference_update) {
  if (no_keywords(vm, "set.difference_update", kw) < 0) return NULL;
  for (size_t i = 0; i < nargs; i++)
    if (difference_update(vm, self, args[i]) < 0) return NULL;
  return vm_none(vm);
}

METHOD(m_symmetric_difference) {
  char namebuf[48];
  Object *other;
  if (parse_args(vm, NAME("symmetric_difference"), args, nargs, kw, "1O:other",
                 &other) < 0)
    return NULL;
  return set_symmetric_difference(vm, self, other);
}

METHOD(m_symmetric_difference_update) {
  Object *other;
  if (parse_args(vm, "set.symmetric_difference_update", args, nargs, kw,
                 "1O:other", &other) < 0)
    return NULL;
  return symmetric_update(vm, self, other) < 0 ? NULL : vm_none(vm);
}

METHOD(m_issubset) {
  char namebuf[48];
  Object *other;
  if (parse_args(vm, NAME("issubset"), args, nargs, kw, "1O:other", &other) < 0)
    return NULL;
  return bool_or_null(vm, is_subset(vm, self, other));
}

METHOD(m_issuperset) {
  char namebuf[48];
  Object *other;
  if (parse_args(vm, NAME("issuperset"), args, nargs, kw, "1O:other", &other) < 0)
    return NULL;
  return bool_or_null(vm, is_superset(vm, self, other));
}

METHOD(m_isdisjoint) {
  char namebuf[48];
  Object *other;
  if (parse_args(vm, NAME("isdisjoint"), args, nargs, kw, "1O:other", &other) < 0)
    return NULL;
  return bool_or_null(vm, is_disjoint(vm, self, other));
}

#undef METHOD

static const MethodDef shared_methods[] = {
    {"copy", m_copy, 0, NULL},
    {"difference", m_difference, 0, NULL},
    {"intersection", m_intersection, 0, NULL},
    {"isdisjoint", m_isdisjoint, 0, NULL},
    {"issubset", m_issubset, 0, NULL},
    {"issuperset", m_issuperset, 0, NULL},
    {"symmetric_difference", m_symmetric_difference, 0, NULL},
    {"union", m_union, 0, NULL},
    {NULL, NULL, 0, NULL}};

static const MethodDef mutating_methods[] = {
    {"update", m_update, 0, NULL},
    {"intersection_update", m_intersection_update, 0, NULL},
    {"difference_update", m_difference_update, 0, NULL},
    {"symmetric_difference_update", m_symmetric_difference_update, 0, NULL},
    {NULL, NULL, 0, NULL}};

static void set_binary_slots(TypeObject *t) {
  t->richcompare = set_richcompare;
  t->nb[NB_OR] = set_or;
  t->nb[NB_AND] = set_and;
  t->nb[NB_SUB] = set_sub;
  t->nb[NB_XOR] = set_xor;
}

void setops_init(Vm *vm, TypeObject *set, TypeObject *frozenset) {
  set_binary_slots(set);
  set->nb_inplace[NB_OR] = set_ior;
  set->nb_inplace[NB_AND] = set_iand;
  set->nb_inplace[NB_SUB] = set_isub;
  set->nb_inplace[NB_XOR] = set_ixor;
  type_add_methods(vm, set, shared_methods);
  type_add_methods(vm, set, mutating_methods);
  set_binary_slots(frozenset);
  type_add_methods(vm, frozenset, shared_methods);
}
