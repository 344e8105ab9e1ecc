// dictview.c — dict views and dict iterators (CPython 3.11 dictobject.c):
// keys/items views behave like sets (==, <=, &, |, -, ^ give sets), values
// views only iterate; iterators walk the entries array in order (or
// backwards) and raise "dictionary changed size during iteration" /
// "dictionary keys changed during iteration" like CPython.
#include "dictview.h"

#include "abstract.h"
#include "args.h"
#include "dict.h"
#include "errors.h"
#include "int.h"
#include "iter.h"
#include "list.h"
#include "set.h"
#include "str.h"
#include "trace.h"
#include "tuple.h"
#include "typeobj.h"
#include "vm.h"

#include <stdio.h>

static DictViewObject *DV(Object *o) { return (DictViewObject *)o; }
static IterObject *DI(Object *o) { return (IterObject *)o; }
static DictObject *D(Object *o) { return (DictObject *)o; }

// ---- Iterators ---------------------------------------------------------------------

static bool is_reversed(Vm *vm, TypeObject *t) {
  return t == vm->t.dict_revkeyiter || t == vm->t.dict_revvalueiter ||
         t == vm->t.dict_revitemiter;
}

static bool yields_items(Vm *vm, TypeObject *t) {
  return t == vm->t.dict_itemiter || t == vm->t.dict_revitemiter;
}

Object *dictiter_new(Vm *vm, Object *dict, TypeObject *type) {
  Object *o = obj_alloc(vm, type, sizeof(IterObject));
  if (!o) return NULL;
  IterObject *di = DI(o);
  iter_field_set(vm, o, "dict", &di->seq, newref(vm, dict));
  di->step = di->len = dict_size(dict);
  di->index = is_reversed(vm, type) ? D(dict)->nentries - 1 : 0;
  if (yields_items(vm, type)) {
    Object *result = tuple_pack(vm, 2, vm->none, vm->none);
    if (!result) {
      decref(vm, o);
      return NULL;
    }
    iter_field_set(vm, o, "result", &di->extra, result);
  }
  gc_track(vm, o);
  return o;
}

// The iterator is done: it drops the dict.
static Object *finish(Vm *vm, Object *o) {
  iter_field_drop(vm, o, "dict", &DI(o)->seq);
  return NULL;
}

// The next live entry forward, or NULL (exhausted or error).
static DictEntry *next_entry(Vm *vm, Object *o) {
  IterObject *di = DI(o);
  DictObject *d = D(di->seq);
  if (di->step != d->used) {
    err_set(vm, vm->t.RuntimeError, "dictionary changed size during iteration");
    di->step = -1; // sticky
    return NULL;
  }
  ssize i = di->index;
  while (i < d->nentries && !d->entries[i].key) i++;
  if (i >= d->nentries || di->len == 0) {
    if (i < d->nentries) // found an entry it did not expect
      err_set(vm, vm->t.RuntimeError,
              "dictionary keys changed during iteration");
    finish(vm, o);
    return NULL;
  }
  di->index = i + 1;
  di->len--;
  return &d->entries[i];
}

// The next live entry backwards.
static DictEntry *prev_entry(Vm *vm, Object *o) {
  IterObject *di = DI(o);
  DictObject *d = D(di->seq);
  if (di->step != d->used) {
    err_set(vm, vm->t.RuntimeError, "dictionary changed size during iteration");
    di->step = -1;
    return NULL;
  }
  ssize i = di->index < d->nentries ? di->index : d->nentries - 1;
  while (i >= 0 && !d->entries[i].key) i--;
  if (i < 0) {
    finish(vm, o);
    return NULL;
  }
  di->index = i - 1;
  di->len--;
  return &d->entries[i];
}

static Object *item_result(Vm *vm, Object *o, DictEntry *e) {
  return iter_pair_result(vm, DI(o)->extra, newref(vm, e->key),
                          newref(vm, e->value));
}

#define ITERNEXT(name, step, expr)                                             \
  static Object *name(Vm *vm, Object *o) {                                     \
    if (!DI(o)->seq) return NULL;                                              \
    DictEntry *e = step(vm, o);                                                \
    return e ? (expr) : NULL;                                                  \
  }
ITERNEXT(keyiter_next, next_entry, newref(vm, e->key))
ITERNEXT(valueiter_next, next_entry, newref(vm, e->value))
ITERNEXT(itemiter_next, next_entry, item_result(vm, o, e))
ITERNEXT(revkeyiter_next, prev_entry, newref(vm, e->key))
ITERNEXT(revvalueiter_next, prev_entry, newref(vm, e->value))
ITERNEXT(revitemiter_next, prev_entry, item_result(vm, o, e))
#undef ITERNEXT

static Object *dictiter_len(Vm *vm, Object *self, Object *const *args,
                            size_t nargs, Object *kw) {
  char name[64];
  snprintf(name, sizeof name, "%s.__length_hint__", self->type->tp_name);
  if (parse_args(vm, name, args, nargs, kw, "N") < 0) return NULL;
  IterObject *di = DI(self);
  ssize n = di->seq && di->step == dict_size(di->seq) ? di->len : 0;
  return int_from_i64(vm, n);
}

static const MethodDef dictiter_methods[] = {
    {"__length_hint__", dictiter_len, 0, NULL},
    {NULL, NULL, 0, NULL}};

static int dictiter_traverse(Object *o, VisitFn visit, void *arg) {
  int r = DI(o)->seq ? visit(DI(o)->seq, arg) : 0;
  if (!r && DI(o)->extra) r = visit(DI(o)->extra, arg);
  return r;
}

static void dictiter_dealloc(Vm *vm, Object *o) {
  iter_field_drop(vm, o, "dict", &DI(o)->seq);
  iter_field_drop(vm, o, "result", &DI(o)->extra);
  obj_free_memory(vm, o);
}

static Object *iter_self(Vm *vm, Object *o) { return newref(vm, o); }

// ---- Views: common parts ----------------------------------------------------------------

Object *dictview_new(Vm *vm, Object *dict, TypeObject *type) {
  if (!is_dict(dict))
    return err_format(vm, vm->t.TypeError, "%s() requires a dict argument, not '%s'",
                      type->tp_name, dict->type->tp_name);
  Object *o = obj_alloc(vm, type, sizeof(DictViewObject));
  if (!o) return NULL;
  iter_field_set(vm, o, "mapping", &DV(o)->dict, newref(vm, dict));
  gc_track(vm, o);
  return o;
}

static bool is_setlike_view(Vm *vm, Object *o) {
  return o->type == vm->t.dict_keys || o->type == vm->t.dict_items;
}

static ssize view_len(Vm *vm, Object *o) {
  UNUSED(vm);
  return dict_size(DV(o)->dict);
}

static Object *view_repr(Vm *vm, Object *o) {
  int r = repr_enter(vm, o);
  if (r != 0) return r > 0 ? str_from_cstr(vm, "...") : NULL;
  Object *seq = list_from_iterable(vm, o);
  Object *result = seq ? str_from_format(vm, "%s(%R)", o->type->tp_name, seq)
                       : NULL;
  xdecref(vm, seq);
  repr_leave(vm, o);
  return result;
}

static int view_traverse(Object *o, VisitFn visit, void *arg) {
  return visit(DV(o)->dict, arg);
}

static void view_dealloc(Vm *vm, Object *o) {
  iter_field_drop(vm, o, "mapping", &DV(o)->dict);
  obj_free_memory(vm, o);
}

static Object *view_mapping(Vm *vm, Object *o) {
  return mappingproxy_new(vm, DV(o)->dict);
}

static const GetSetDef view_getsets[] = {{"mapping", view_mapping, NULL},
                                         {NULL, NULL, NULL}};

static Object *keys_iter(Vm *vm, Object *o) {
  return dictiter_new(vm, DV(o)->dict, vm->t.dict_keyiter);
}
static Object *values_iter(Vm *vm, Object *o) {
  return dictiter_new(vm, DV(o)->dict, vm->t.dict_valueiter);
}
static Object *items_iter(Vm *vm, Object *o) {
  return dictiter_new(vm, DV(o)->dict, vm->t.dict_itemiter);
}

// ---- Membership -------------------------------------------------------------------------

static int keys_contains(Vm *vm, Object *o, Object *key) {
  Object *v = dict_get(vm, DV(o)->dict, key);
  return v ? 1 : err_occurred(vm) ? -1 : 0;
}

static int items_contains(Vm *vm, Object *o, Object *item) {
  if (!is_tuple(item) || tuple_size(item) != 2) return 0;
  Object *found = dict_get(vm, DV(o)->dict, tuple_get(item, 0));
  if (!found) return err_occurred(vm) ? -1 : 0;
  incref(vm, found);
  int r = obj_richcompare_bool(vm, found, tuple_get(item, 1), CMP_EQ);
  decref(vm, found);
  return r;
}

// Is every item of [a] in [b]? 1, 0, -1.
static int all_contained_in(Vm *vm, Object *a, Object *b) {
  Object *it = obj_get_iter(vm, a);
  if (!it) return -1;
  int ok = 1;
  Object *next;
  while ((next = iter_next(vm, it)) != NULL) {
    ok = seq_contains(vm, b, next);
    decref(vm, next);
    if (ok <= 0) break;
  }
  if (ok > 0 && err_occurred(vm)) ok = -1;
  decref(vm, it);
  return ok;
}

static Object *view_richcompare(Vm *vm, Object *self, Object *other, int op) {
  if (!is_anyset(other) && !is_setlike_view(vm, other)) return vm_notimpl(vm);
  ssize ls = obj_len(vm, self);
  ssize lo = ls < 0 ? -1 : obj_len(vm, other);
  if (lo < 0) return NULL;
  int ok = 0;
  switch (op) {
  case CMP_EQ:
  case CMP_NE:
    if (ls == lo) ok = all_contained_in(vm, self, other);
    if (op == CMP_NE && ok >= 0) ok = !ok;
    break;
  case CMP_LT: if (ls < lo) ok = all_contained_in(vm, self, other); break;
  case CMP_LE: if (ls <= lo) ok = all_contained_in(vm, self, other); break;
  case CMP_GT: if (ls > lo) ok = all_contained_in(vm, other, self); break;
  default: if (ls >= lo) ok = all_contained_in(vm, other, self); break;
  }
  return ok < 0 ? NULL : vm_bool(vm, ok);
}

// ---- Set operations -------------------------------------------------------------------------

// A new set from the first operand (the dict itself for a keys view).
static Object *to_set(Vm *vm, Object *self) {
  Object *src = self;
  if (self->type == vm->t.dict_keys && DV(self)->dict->type == vm->t.dict)
    src = DV(self)->dict;
  return set_new(vm, vm->t.set, src);
}

// result.<method>(other), keeping result.
static Object *apply(Vm *vm, Object *result, const char *method, Object *other) {
  if (!result) return NULL;
  Object *name = str_intern_cstr(vm, method);
  Object *r = name ? call_method1(vm, result, name, other) : NULL;
  xdecref(vm, name);
  if (!r) {
    decref(vm, result);
    return NULL;
  }
  decref(vm, r);
  return result;
}

static Object *views_sub(Vm *vm, Object *self, Object *other) {
  return apply(vm, to_set(vm, self), "difference_update", other);
}

static Object *views_or(Vm *vm, Object *self, Object *other) {
  Object *result = to_set(vm, self);
  if (result && set_update(vm, result, other) < 0) clear_ref(vm, &result);
  return result;
}

static Object *intersect_into(Vm *vm, Object *self, Object *other,
                              Object *result) {
  ContainsFn contains =
      self->type == vm->t.dict_keys ? keys_contains : items_contains;
  Object *it = obj_get_iter(vm, other);
  if (!it) goto fail;
  Object *key;
  while ((key = iter_next(vm, it)) != NULL) {
    int rv = contains(vm, self, key);
    if (rv > 0) rv = set_add(vm, result, key);
    decref(vm, key);
    if (rv < 0) break;
  }
  decref(vm, it);
  if (!err_occurred(vm)) return result;
fail:
  decref(vm, result);
  return NULL;
}

static Object *views_and(Vm *vm, Object *self, Object *other) {
  if (!is_setlike_view(vm, self)) { // reflected: the view is on the right
    Object *t = self;
    self = other;
    other = t;
  }
  ssize ls = dict_size(DV(self)->dict);
  if (other->type == vm->t.set) {
    ssize lo = obj_len(vm, other);
    if (lo < 0) return NULL;
    if (ls <= lo) {
      Object *name = str_intern_cstr(vm, "intersection");
      Object *r = name ? call_method1(vm, other, name, self) : NULL;
      xdecref(vm, name);
      return r;
    }
  }
  if (is_setlike_view(vm, other) && dict_size(DV(other)->dict) > ls) {
    Object *t = self;
    self = other;
    other = t;
  }
  Object *result = set_new(vm, vm->t.set, NULL);
  return result ? intersect_into(vm, self, other, result) : NULL;
}

// One pair of d2 against the copy of d1: equal pairs cancel out.
static int xor_pair(Vm *vm, Object *temp, Object *result, Object *key,
                    Object *val2) {
  Object *val1 = dict_get(vm, temp, key);
  if (!val1 && err_occurred(vm)) return -1;
  int to_delete = 0;
  if (val1) {
    incref(vm, val1);
    to_delete = obj_richcompare_bool(vm, val1, val2, CMP_EQ);
    decref(vm, val1);
    if (to_delete < 0) return -1;
  }
  if (to_delete) return dict_del(vm, temp, key) < 0 ? -1 : 0;
  Object *pair = tuple_pack(vm, 2, key, val2);
  int r = pair ? set_add(vm, result, pair) : -1;
  xdecref(vm, pair);
  return r;
}

static Object *items_xor(Vm *vm, Object *self, Object *other) {
  Object *d2 = DV(other)->dict;
  Object *temp = dict_copy(vm, DV(self)->dict);
  Object *result = temp ? set_new(vm, vm->t.set, NULL) : NULL;
  if (!result) goto fail;
  ssize pos = 0;
  Object *key, *val2;
  while (dict_next(d2, &pos, &key, &val2)) {
    incref(vm, key);
    incref(vm, val2);
    int r = xor_pair(vm, temp, result, key, val2);
    decref(vm, key);
    decref(vm, val2);
    if (r < 0) goto fail;
  }
  Object *rest = dictview_new(vm, temp, vm->t.dict_items);
  int r = rest ? set_update(vm, result, rest) : -1;
  xdecref(vm, rest);
  if (r < 0) goto fail;
  decref(vm, temp);
  return result;
fail:
  xdecref(vm, temp);
  xdecref(vm, result);
  return NULL;
}

static Object *views_xor(Vm *vm, Object *self, Object *other) {
  if (self->type == vm->t.dict_items && other->type == vm->t.dict_items)
    return items_xor(vm, self, other);
  return apply(vm, to_set(vm, self), "symmetric_difference_update", other);
}

// ---- Methods -------------------------------------------------------------------------------

static int found_in(Vm *vm, Object *container, Object *other) {
  Object *it = obj_get_iter(vm, other);
  if (!it) return -1;
  Object *item;
  int found = 0;
  while (!found && (item = iter_next(vm, it)) != NULL) {
    found = seq_contains(vm, container, item);
    decref(vm, item);
  }
  if (!found && err_occurred(vm)) found = -1;
  decref(vm, it);
  return found;
}

static Object *view_isdisjoint(Vm *vm, Object *self, Object *const *args,
                               size_t nargs, Object *kw) {
  Object *other;
  char name[48];
  snprintf(name, sizeof name, "%s.isdisjoint", self->type->tp_name);
  if (parse_args(vm, name, args, nargs, kw, "1O:other", &other) < 0) return NULL;
  ssize ls = dict_size(DV(self)->dict);
  if (self == other) return vm_bool(vm, ls == 0);
  if (is_anyset(other) || is_setlike_view(vm, other)) {
    ssize lo = obj_len(vm, other);
    if (lo < 0) return NULL;
    if (lo > ls) { // iterate over the shorter one
      Object *t = other;
      other = self;
      self = t;
    }
  }
  int found = found_in(vm, self, other);
  return found < 0 ? NULL : vm_bool(vm, !found);
}

#define REVERSED(fn, tname, itype)                                             \
  static Object *fn(Vm *vm, Object *self, Object *const *args, size_t nargs,  \
                    Object *kw) {                                              \
    if (parse_args(vm, tname ".__reversed__", args, nargs, kw, "N") < 0)       \
      return NULL;                                                             \
    return dictiter_new(vm, DV(self)->dict, vm->t.itype);                      \
  }
REVERSED(keys_reversed, "dict_keys", dict_revkeyiter)
REVERSED(values_reversed, "dict_values", dict_revvalueiter)
REVERSED(items_reversed, "dict_items", dict_revitemiter)
#undef REVERSED

static const MethodDef keys_methods[] = {
    {"isdisjoint", view_isdisjoint, 0, NULL},
    {"__reversed__", keys_reversed, 0, NULL},
    {NULL, NULL, 0, NULL}};
static const MethodDef items_methods[] = {
    {"isdisjoint", view_isdisjoint, 0, NULL},
    {"__reversed__", items_reversed, 0, NULL},
    {NULL, NULL, 0, NULL}};
static const MethodDef values_methods[] = {
    {"__reversed__", values_reversed, 0, NULL},
    {NULL, NULL, 0, NULL}};

// ---- Type set-up ----------------------------------------------------------------------------

static void view_type(Vm *vm, TypeObject *t, UnaryFn iter,
                      const MethodDef *methods) {
  t->flags = (t->flags | TPF_HAVE_GC) & ~(uint32_t)TPF_BASETYPE;
  t->py_basicsize = 24;
  t->alloc_size = sizeof(DictViewObject);
  t->dealloc = view_dealloc;
  t->traverse = view_traverse;
  t->repr = view_repr;
  t->len = view_len;
  t->iter = iter;
  type_add_methods(vm, t, methods);
  type_add_getsets(vm, t, view_getsets);
}

static void setlike_view(TypeObject *t, ContainsFn contains) {
  t->contains = contains;
  t->hash = NULL; // unhashable: comparisons by value
  t->richcompare = view_richcompare;
  t->nb[NB_SUB] = views_sub;
  t->nb[NB_AND] = views_and;
  t->nb[NB_OR] = views_or;
  t->nb[NB_XOR] = views_xor;
}

static void iter_type(Vm *vm, TypeObject *t, UnaryFn next) {
  t->flags = (t->flags | TPF_HAVE_GC) & ~(uint32_t)TPF_BASETYPE;
  t->py_basicsize = 56;
  t->alloc_size = sizeof(IterObject);
  t->dealloc = dictiter_dealloc;
  t->traverse = dictiter_traverse;
  t->iter = iter_self;
  t->iternext = next;
  type_add_methods(vm, t, dictiter_methods);
}

void dictview_types_init(Vm *vm) {
  BuiltinTypes *b = &vm->t;
  view_type(vm, b->dict_keys, keys_iter, keys_methods);
  setlike_view(b->dict_keys, keys_contains);
  view_type(vm, b->dict_items, items_iter, items_methods);
  setlike_view(b->dict_items, items_contains);
  view_type(vm, b->dict_values, values_iter, values_methods);
  iter_type(vm, b->dict_keyiter, keyiter_next);
  iter_type(vm, b->dict_valueiter, valueiter_next);
  iter_type(vm, b->dict_itemiter, itemiter_next);
  iter_type(vm, b->dict_revkeyiter, revkeyiter_next);
  iter_type(vm, b->dict_revvalueiter, revvalueiter_next);
  iter_type(vm, b->dict_revitemiter, revitemiter_next);
}
