// tuple.c — the tuple type: inline items, CPython 3.11's xxHash-based hash,
// release of items last to first, lazy untracking by the collector.
#include "tuple.h"

#include "abstract.h"
#include "args.h"
#include "errors.h"
#include "int.h"
#include "iter.h"
#include "list.h"
#include "sequtil.h"
#include "slice.h"
#include "str.h"
#include "trace.h"
#include "typeobj.h"
#include "vm.h"

#include <stdarg.h>

static Object *tuple_alloc(Vm *vm, TypeObject *type, ssize n) {
  if (n < 0 || (size_t)n > (SIZE_MAX - sizeof(TupleObject)) / sizeof(Object *))
    return err_no_memory(vm);
  TupleObject *t = (TupleObject *)obj_alloc(
      vm, type, sizeof(TupleObject) + sizeof(Object *) * (size_t)n);
  if (!t) return NULL;
  t->size = n;
  return AS_OBJ(t);
}

Object *tuple_new(Vm *vm, ssize n) {
  if (n == 0 && vm->empty_tuple) return newref(vm, vm->empty_tuple);
  Object *t = tuple_alloc(vm, vm->t.tuple, n);
  if (t) gc_track(vm, t);
  return t;
}

void tuple_init_item(Vm *vm, Object *t, ssize i, Object *item) {
  ((TupleObject *)t)->items[i] = item;
  if (TRACE_ABOUT(vm, t))
    trace_emit(vm, EV_SEQ_SET, 0, 0, t->serial, (uint32_t)i,
               trace_obj(vm, item));
}

Object *tuple_from_array(Vm *vm, Object *const *items, ssize n) {
  Object *t = tuple_new(vm, n);
  if (!t) return NULL;
  for (ssize i = 0; i < n; i++) tuple_init_item(vm, t, i, newref(vm, items[i]));
  return t;
}

Object *tuple_pack(Vm *vm, int n, ...) {
  Object *t = tuple_new(vm, n);
  if (!t) return NULL;
  va_list ap;
  va_start(ap, n);
  for (int i = 0; i < n; i++)
    tuple_init_item(vm, t, i, newref(vm, va_arg(ap, Object *)));
  va_end(ap);
  return t;
}

Object *tuple_from_iterable(Vm *vm, Object *iterable) {
  if (iterable->type == vm->t.tuple) return newref(vm, iterable);
  if (is_list(iterable))
    return tuple_from_array(vm, list_items(iterable), list_size(iterable));
  Object *l = list_from_iterable(vm, iterable);
  if (!l) return NULL;
  Object *t = tuple_from_array(vm, list_items(l), list_size(l));
  decref(vm, l);
  return t;
}

// ---- GC support ------------------------------------------------------------------

static int tuple_traverse(Object *self, VisitFn visit, void *arg) {
  TupleObject *t = (TupleObject *)self;
  for (ssize i = t->size; --i >= 0;) {
    if (t->items[i]) {
      int r = visit(t->items[i], arg);
      if (r) return r;
    }
  }
  return 0;
}

void tuple_maybe_untrack(Vm *vm, Object *o) {
  TupleObject *t = (TupleObject *)o;
  if (!gc_is_tracked(o)) return;
  for (ssize i = 0; i < t->size; i++) {
    Object *e = t->items[i];
    // A NULL item means the tuple is still being filled in.
    if (!e || gc_may_be_tracked(e)) return;
  }
  gc_untrack(vm, o);
}

static void tuple_dealloc(Vm *vm, Object *self) {
  TupleObject *t = (TupleObject *)self;
  for (ssize i = t->size; --i >= 0;) {
    Object *e = t->items[i];
    if (!e) continue;
    t->items[i] = NULL;
    if (TRACE_ABOUT(vm, self)) trace_emit(vm, EV_SEQ_SET, 0, 0, self->serial, (uint32_t)i, 0);
    decref(vm, e);
  }
  obj_free_memory(vm, self);
}

// ---- repr, hash, compare -------------------------------------------------------------

static Object *tuple_repr(Vm *vm, Object *self) {
  TupleObject *t = (TupleObject *)self;
  if (t->size == 0) return str_from_cstr(vm, "()");
  int r = repr_enter(vm, self);
  if (r != 0) return r > 0 ? str_from_cstr(vm, "(...)") : NULL;
  Object *s = seq_repr(vm, self, "(", t->size == 1 ? ",)" : ")");
  repr_leave(vm, self);
  return s;
}

static int64_t tuple_hash(Vm *vm, Object *self) {
  TupleObject *t = (TupleObject *)self;
  const uint64_t p1 = 11400714785074694791ULL, p2 = 14029467366897019727ULL,
                 p5 = 2870177450012600261ULL;
  uint64_t acc = p5;
  if (vm_enter_stack(vm) < 0) return -1; // ((((...),),),) nests in C
  for (ssize i = 0; i < t->size; i++) {
    int64_t lane = obj_hash(vm, t->items[i]);
    if (lane == -1) {
      vm_leave_stack(vm);
      return -1;
    }
    acc += (uint64_t)lane * p2;
    acc = (acc << 31) | (acc >> 33);
    acc *= p1;
  }
  vm_leave_stack(vm);
  acc += (uint64_t)t->size ^ (p5 ^ 3527539UL);
  if (acc == (uint64_t)-1) return 1546275796;
  return (int64_t)acc;
}

static Object *tuple_richcompare(Vm *vm, Object *a, Object *b, int op) {
  if (!is_tuple(a) || !is_tuple(b)) return vm_notimpl(vm);
  return seq_richcompare(vm, a, b, op);
}

// ---- Sequence protocol ------------------------------------------------------------------

static ssize tuple_len(Vm *vm, Object *self) {
  UNUSED(vm);
  return tuple_size(self);
}

static Object *tuple_slice(Vm *vm, Object *self, Object *key) {
  ssize start, stop, step;
  if (slice_unpack(vm, key, &start, &stop, &step) < 0) return NULL;
  ssize n = slice_adjust(tuple_size(self), &start, &stop, step);
  if (step == 1 && n == tuple_size(self) && self->type == vm->t.tuple)
    return newref(vm, self);
  Object *t = tuple_new(vm, n);
  if (!t) return NULL;
  for (ssize i = 0, j = start; i < n; i++, j += step)
    tuple_init_item(vm, t, i, newref(vm, tuple_get(self, j)));
  return t;
}

static Object *tuple_getitem(Vm *vm, Object *self, Object *key) {
  if (is_slice(key)) return tuple_slice(vm, self, key);
  ssize i = seq_index(vm, key, tuple_size(self), "tuple",
                      "tuple index out of range");
  if (i < 0) return NULL;
  return newref(vm, tuple_get(self, i));
}

static int tuple_contains(Vm *vm, Object *self, Object *item) {
  for (ssize i = 0; i < tuple_size(self); i++) {
    int r = obj_richcompare_bool(vm, tuple_get(self, i), item, CMP_EQ);
    if (r != 0) return r;
  }
  return 0;
}

static Object *tuple_concat(Vm *vm, Object *a, Object *b) {
  if (!is_tuple(b))
    return err_format(vm, vm->t.TypeError,
                      "can only concatenate tuple (not \"%s\") to tuple",
                      b->type->tp_name);
  ssize na = tuple_size(a), nb = tuple_size(b);
  if (nb == 0 && a->type == vm->t.tuple) return newref(vm, a);
  if (na == 0 && b->type == vm->t.tuple) return newref(vm, b);
  Object *t = tuple_new(vm, na + nb);
  if (!t) return NULL;
  for (ssize i = 0; i < na; i++) tuple_init_item(vm, t, i, newref(vm, tuple_get(a, i)));
  for (ssize i = 0; i < nb; i++)
    tuple_init_item(vm, t, na + i, newref(vm, tuple_get(b, i)));
  return t;
}

static Object *tuple_repeat(Vm *vm, Object *a, ssize n) {
  ssize len = tuple_size(a);
  if (n < 0) n = 0;
  if (len == 0 || n == 0) return tuple_new(vm, 0);
  if (n == 1 && a->type == vm->t.tuple) return newref(vm, a);
  if (len > INTPTR_MAX / n) return err_no_memory(vm);
  Object *t = tuple_new(vm, len * n);
  if (!t) return NULL;
  for (ssize k = 0; k < n; k++)
    for (ssize i = 0; i < len; i++)
      tuple_init_item(vm, t, k * len + i, newref(vm, tuple_get(a, i)));
  return t;
}

static Object *tuple_iter(Vm *vm, Object *self) {
  return seqiter_new(vm, vm->t.tuple_iter, self);
}

// ---- Methods and constructor --------------------------------------------------------------

static Object *tuple_count(Vm *vm, Object *self, Object *const *args,
                           size_t nargs, Object *kw) {
  Object *v;
  if (parse_args(vm, "tuple.count", args, nargs, kw, "1O:value", &v) < 0)
    return NULL;
  return seq_count(vm, self, v);
}

static Object *tuple_index(Vm *vm, Object *self, Object *const *args,
                           size_t nargs, Object *kw) {
  return seq_index_method(vm, self, args, nargs, kw);
}

static Object *tuple_getnewargs(Vm *vm, Object *self, Object *const *args,
                                size_t nargs, Object *kw) {
  if (parse_args(vm, "tuple.__getnewargs__", args, nargs, kw, "N") < 0)
    return NULL;
  Object *copy = tuple_from_array(vm, tuple_items(self), tuple_size(self));
  Object *t = copy ? tuple_pack(vm, 1, copy) : NULL;
  xdecref(vm, copy);
  return t;
}

static const MethodDef tuple_methods[] = {
    {"count", tuple_count, 0, NULL},
    {"index", tuple_index, 0, NULL},
    {"__getnewargs__", tuple_getnewargs, 0, NULL},
    {NULL, NULL, 0, NULL}};

static Object *tuple_tp_new(Vm *vm, TypeObject *type, Object *const *args,
                            size_t nargs, Object *kwnames) {
  Object *it = NULL;
  if (no_keywords(vm, "tuple", kwnames) < 0) return NULL;
  if (parse_args(vm, "tuple", args, nargs, NULL, "C|O:iterable", &it) < 0)
    return NULL;
  Object *t = it ? tuple_from_iterable(vm, it) : tuple_new(vm, 0);
  if (!t || type == vm->t.tuple) return t;
  Object *sub = tuple_alloc(vm, type, tuple_size(t));
  if (sub) {
    for (ssize i = 0; i < tuple_size(t); i++)
      tuple_init_item(vm, sub, i, newref(vm, tuple_get(t, i)));
    gc_track(vm, sub);
  }
  decref(vm, t);
  return sub;
}

void tuple_type_init(Vm *vm) {
  TypeObject *t = vm->t.tuple;
  t->py_basicsize = 24;
  t->py_itemsize = 8;
  t->dealloc = tuple_dealloc;
  t->traverse = tuple_traverse;
  t->repr = tuple_repr;
  t->hash = tuple_hash;
  t->richcompare = tuple_richcompare;
  t->len = tuple_len;
  t->getitem = tuple_getitem;
  t->contains = tuple_contains;
  t->sq_concat = tuple_concat;
  t->sq_repeat = tuple_repeat;
  t->iter = tuple_iter;
  t->tp_new = tuple_tp_new;
  type_add_methods(vm, t, tuple_methods);
}
