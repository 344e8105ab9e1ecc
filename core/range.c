// range.c — range objects (rangeobject.c): Python-int fields so any size
// works, with int64 fast paths for the common case; length, indexing,
// slicing (a range again), membership for ints without iterating, index /
// count, equality and hash by value, repr, and the forward / reversed
// iterators (fast range_iterator when everything fits a machine word).
#include "range.h"

#include "abstract.h"
#include "args.h"
#include "errors.h"
#include "int.h"
#include "iter.h"
#include "slice.h"
#include "str.h"
#include "tuple.h"
#include "typeobj.h"
#include "vm.h"

static RangeObject *R(Object *o) { return (RangeObject *)o; }

// The cached small int [v] (borrowed).
static Object *small(Vm *vm, int v) { return vm->small_ints[v - SMALL_INT_MIN]; }

static bool is_exact_int(Vm *vm, const Object *o) {
  return o->type == vm->t.int_ || o->type == vm->t.bool_;
}

static Object *add(Vm *vm, Object *a, Object *b) {
  return number_binop(vm, a, b, NB_ADD);
}
static Object *sub(Vm *vm, Object *a, Object *b) {
  return number_binop(vm, a, b, NB_SUB);
}
static Object *mul(Vm *vm, Object *a, Object *b) {
  return number_binop(vm, a, b, NB_MUL);
}

// ---- Length and items -------------------------------------------------------------

// get_len_of_range for machine integers; false if the length needs a big int.
static bool small_length(Object *start, Object *stop, Object *step,
                         int64_t *out) {
  if (!int_is_small(start) || !int_is_small(stop) || !int_is_small(step))
    return false;
  int64_t lo = int_small_value(start), hi = int_small_value(stop);
  int64_t st = int_small_value(step);
  uint64_t n = 0;
  if (st > 0 && lo < hi)
    n = 1 + ((uint64_t)hi - 1 - (uint64_t)lo) / (uint64_t)st;
  else if (st < 0 && lo > hi)
    n = 1 + ((uint64_t)lo - 1 - (uint64_t)hi) / (0 - (uint64_t)st);
  if (n > (uint64_t)INT64_MAX) return false;
  *out = (int64_t)n;
  return true;
}

// compute_range_length: (hi - lo - 1) // step + 1, or 0.
static Object *compute_length(Vm *vm, Object *start, Object *stop,
                              Object *step) {
  int64_t n;
  if (small_length(start, stop, step, &n)) return int_from_i64(vm, n);
  Object *lo = start, *hi = stop;
  if (int_sign(step) > 0) {
    step = newref(vm, step);
  } else {
    lo = stop;
    hi = start;
    if (!(step = number_negative(vm, step))) return NULL;
  }
  if (int_compare(lo, hi) >= 0) {
    decref(vm, step);
    return int_from_i64(vm, 0);
  }
  Object *t1 = sub(vm, hi, lo);
  Object *diff = t1 ? sub(vm, t1, small(vm, 1)) : NULL;
  Object *t2 = diff ? number_binop(vm, diff, step, NB_FLOORDIV) : NULL;
  Object *result = t2 ? add(vm, t2, small(vm, 1)) : NULL;
  xdecref(vm, t1);
  xdecref(vm, diff);
  xdecref(vm, t2);
  decref(vm, step);
  return result;
}

// start + i * step
static Object *compute_item(Vm *vm, RangeObject *r, Object *i) {
  if (int_is_small(i) && int_is_small(r->start) && int_is_small(r->step)) {
    int64_t p, v;
    if (!__builtin_mul_overflow(int_small_value(i), int_small_value(r->step), &p) &&
        !__builtin_add_overflow(int_small_value(r->start), p, &v))
      return int_from_i64(vm, v);
  }
  Object *incr = mul(vm, i, r->step);
  if (!incr) return NULL;
  Object *result = add(vm, r->start, incr);
  decref(vm, incr);
  return result;
}

static Object *compute_range_item(Vm *vm, RangeObject *r, Object *arg) {
  Object *i = int_sign(arg) < 0 ? add(vm, r->length, arg) : newref(vm, arg);
  if (!i) return NULL;
  if (int_sign(i) < 0 || int_compare(i, r->length) >= 0) {
    decref(vm, i);
    err_set(vm, vm->t.IndexError, "range object index out of range");
    return NULL;
  }
  Object *result = compute_item(vm, r, i);
  decref(vm, i);
  return result;
}

static Object *make_range(Vm *vm, TypeObject *type, Object *start, Object *stop,
                          Object *step) {
  Object *length = compute_length(vm, start, stop, step);
  if (!length) return NULL;
  RangeObject *r = (RangeObject *)obj_alloc(vm, type, sizeof(RangeObject));
  if (!r) {
    decref(vm, length);
    return NULL;
  }
  r->start = newref(vm, start);
  r->stop = newref(vm, stop);
  r->step = newref(vm, step);
  r->length = length;
  return AS_OBJ(r);
}

Object *range_new(Vm *vm, Object *start, Object *stop, Object *step) {
  if (int_sign(step) == 0) {
    err_set(vm, vm->t.ValueError, "range() arg 3 must not be zero");
    return NULL;
  }
  return make_range(vm, vm->t.range, start, stop, step);
}

static Object *compute_slice(Vm *vm, RangeObject *r, Object *slice) {
  Object *start, *stop, *step;
  if (slice_long_indices(vm, slice, r->length, &start, &stop, &step) < 0)
    return NULL;
  Object *substep = mul(vm, r->step, step);
  Object *substart = substep ? compute_item(vm, r, start) : NULL;
  Object *substop = substart ? compute_item(vm, r, stop) : NULL;
  Object *result = substop ? make_range(vm, AS_OBJ(r)->type, substart, substop,
                                        substep)
                           : NULL;
  decref(vm, start);
  decref(vm, stop);
  decref(vm, step);
  xdecref(vm, substep);
  xdecref(vm, substart);
  xdecref(vm, substop);
  return result;
}

// ---- Slots ------------------------------------------------------------------------------

static ssize range_len(Vm *vm, Object *o) {
  Object *n = R(o)->length;
  if (int_is_small(n) && int_small_value(n) <= INTPTR_MAX)
    return (ssize)int_small_value(n);
  err_set(vm, vm->t.OverflowError,
          "Python int too large to convert to C ssize_t");
  return -1;
}

static int range_bool(Vm *vm, Object *o) {
  UNUSED(vm);
  return !int_is_zero(R(o)->length);
}

static Object *range_getitem(Vm *vm, Object *o, Object *key) {
  if (is_index(key)) {
    Object *i = number_index(vm, key);
    if (!i) return NULL;
    Object *result = compute_range_item(vm, R(o), i);
    decref(vm, i);
    return result;
  }
  if (is_slice(key)) return compute_slice(vm, R(o), key);
  return err_format(vm, vm->t.TypeError,
                    "range indices must be integers or slices, not %s",
                    key->type->tp_name);
}

// Is the int [ob] one of the range's values? (range_contains_long)
static int contains_long(Vm *vm, RangeObject *r, Object *ob) {
  int in_bounds = int_sign(r->step) > 0
                      ? int_compare(r->start, ob) <= 0 && int_compare(ob, r->stop) < 0
                      : int_compare(ob, r->start) <= 0 && int_compare(r->stop, ob) < 0;
  if (!in_bounds) return 0;
  Object *t1 = sub(vm, ob, r->start);
  Object *t2 = t1 ? number_binop(vm, t1, r->step, NB_MOD) : NULL;
  xdecref(vm, t1);
  if (!t2) return -1;
  int result = int_is_zero(t2);
  decref(vm, t2);
  return result;
}

static int range_contains(Vm *vm, Object *o, Object *ob) {
  if (is_exact_int(vm, ob)) return contains_long(vm, R(o), ob);
  return (int)seq_iter_search(vm, o, ob, ITERSEARCH_CONTAINS);
}

// range_equals: same length, then same start unless empty, then same step
// unless a single item.
static bool range_equals(RangeObject *a, RangeObject *b) {
  if (a == b) return true;
  if (int_compare(a->length, b->length) != 0) return false;
  if (int_is_zero(a->length)) return true;
  if (int_compare(a->start, b->start) != 0) return false;
  if (int_is_small(a->length) && int_small_value(a->length) == 1) return true;
  return int_compare(a->step, b->step) == 0;
}

static Object *range_richcompare(Vm *vm, Object *a, Object *b, int op) {
  if (!is_range(b) || (op != CMP_EQ && op != CMP_NE)) return vm_notimpl(vm);
  bool eq = range_equals(R(a), R(b));
  return vm_bool(vm, op == CMP_EQ ? eq : !eq);
}

// hash((len, start, step)) with None for what the value does not depend on.
static int64_t range_hash(Vm *vm, Object *o) {
  RangeObject *r = R(o);
  Object *start = vm->none, *step = vm->none;
  if (!int_is_zero(r->length)) {
    start = r->start;
    if (!int_is_small(r->length) || int_small_value(r->length) != 1)
      step = r->step;
  }
  Object *t = tuple_pack(vm, 3, r->length, start, step);
  if (!t) return -1;
  int64_t h = obj_hash(vm, t);
  decref(vm, t);
  return h;
}

static Object *range_repr(Vm *vm, Object *o) {
  RangeObject *r = R(o);
  if (int_is_small(r->step) && int_small_value(r->step) == 1)
    return str_from_format(vm, "range(%R, %R)", r->start, r->stop);
  return str_from_format(vm, "range(%R, %R, %R)", r->start, r->stop, r->step);
}

static void range_dealloc(Vm *vm, Object *o) {
  RangeObject *r = R(o);
  decref(vm, r->start);
  decref(vm, r->stop);
  decref(vm, r->step);
  decref(vm, r->length);
  obj_free_memory(vm, o);
}

// ---- Iterators -----------------------------------------------------------------------------

static bool as_word(Object *o, ssize *out) {
  if (!int_is_small(o)) return false;
  int64_t v = int_small_value(o);
  if (v < INTPTR_MIN || v > INTPTR_MAX) return false;
  *out = (ssize)v;
  return true;
}

static Object *range_iter(Vm *vm, Object *o) {
  RangeObject *r = R(o);
  ssize start, stop, step, len;
  if (as_word(r->start, &start) && as_word(r->stop, &stop) &&
      as_word(r->step, &step) && as_word(r->length, &len)) {
    // start + len * step must not overflow either.
    bool fits = len == 0 || (step > 0 ? stop <= INTPTR_MAX - (step - 1)
                                      : stop >= INTPTR_MIN + (-1 - step));
    if (fits) return rangeiter_new(vm, start, step, len);
  }
  return longrangeiter_new(vm, r->start, r->step, r->length);
}

// reversed(range(start, stop, step)) is range(start + (n-1)*step,
// start - step, -step); fast when all of those fit a machine word.
static Object *range_reversed(Vm *vm, RangeObject *r) {
  ssize start, stop, step, len;
  if (as_word(r->start, &start) && as_word(r->stop, &stop) &&
      as_word(r->step, &step) && as_word(r->length, &len) &&
      step != INTPTR_MIN) {
    bool fits = step > 0 ? (size_t)start - (size_t)INTPTR_MIN >= (size_t)step
                         : (size_t)INTPTR_MAX - (size_t)start >= 0 - (size_t)step;
    if (fits) {
      ssize new_stop = start - step;
      ssize new_start = (ssize)((size_t)new_stop + (size_t)len * (size_t)step);
      return rangeiter_new(vm, new_start, -step, len);
    }
  }
  Object *diff = sub(vm, r->length, small(vm, 1));
  Object *product = diff ? mul(vm, diff, r->step) : NULL;
  Object *first = product ? add(vm, r->start, product) : NULL;
  Object *neg = first ? number_negative(vm, r->step) : NULL;
  Object *it = neg ? longrangeiter_new(vm, first, neg, r->length) : NULL;
  xdecref(vm, diff);
  xdecref(vm, product);
  xdecref(vm, first);
  xdecref(vm, neg);
  return it;
}

// ---- Methods and construction -------------------------------------------------------------

static Object *range_reversed_m(Vm *vm, Object *self, Object *const *args,
                                size_t nargs, Object *kw) {
  if (parse_args(vm, "range.__reversed__", args, nargs, kw, "N") < 0)
    return NULL;
  return range_reversed(vm, R(self));
}

static Object *range_count_m(Vm *vm, Object *self, Object *const *args,
                             size_t nargs, Object *kw) {
  Object *ob;
  if (parse_args(vm, "range.count", args, nargs, kw, "1O:value", &ob) < 0)
    return NULL;
  ssize n = is_exact_int(vm, ob)
                ? contains_long(vm, R(self), ob)
                : seq_iter_search(vm, self, ob, ITERSEARCH_COUNT);
  return n < 0 ? NULL : int_from_i64(vm, n);
}

static Object *range_index_m(Vm *vm, Object *self, Object *const *args,
                             size_t nargs, Object *kw) {
  Object *ob;
  if (parse_args(vm, "range.index", args, nargs, kw, "1O:value", &ob) < 0)
    return NULL;
  RangeObject *r = R(self);
  if (!is_exact_int(vm, ob)) {
    ssize i = seq_iter_search(vm, self, ob, ITERSEARCH_INDEX);
    return i < 0 ? NULL : int_from_i64(vm, i);
  }
  int c = contains_long(vm, r, ob);
  if (c < 0) return NULL;
  if (!c) return err_format(vm, vm->t.ValueError, "%R is not in range", ob);
  Object *idx = sub(vm, ob, r->start);
  if (!idx || (int_is_small(r->step) && int_small_value(r->step) == 1))
    return idx;
  Object *q = number_binop(vm, idx, r->step, NB_FLOORDIV);
  decref(vm, idx);
  return q;
}

static Object *range_reduce_m(Vm *vm, Object *self, Object *const *args,
                              size_t nargs, Object *kw) {
  if (parse_args(vm, "range.__reduce__", args, nargs, kw, "N") < 0) return NULL;
  RangeObject *r = R(self);
  Object *t = tuple_pack(vm, 3, r->start, r->stop, r->step);
  Object *result = t ? tuple_pack(vm, 2, AS_OBJ(self->type), t) : NULL;
  xdecref(vm, t);
  return result;
}

static const MethodDef range_methods[] = {
    {"__reversed__", range_reversed_m, 0, NULL},
    {"__reduce__", range_reduce_m, 0, NULL},
    {"count", range_count_m, 0, NULL},
    {"index", range_index_m, 0, NULL},
    {NULL, NULL, 0, NULL}};

static Object *get_start(Vm *vm, Object *o) { return newref(vm, R(o)->start); }
static Object *get_stop(Vm *vm, Object *o) { return newref(vm, R(o)->stop); }
static Object *get_step(Vm *vm, Object *o) { return newref(vm, R(o)->step); }

static const GetSetDef range_getsets[] = {
    {"start", get_start, NULL},
    {"stop", get_stop, NULL},
    {"step", get_step, NULL},
    {NULL, NULL, NULL}};

// range(stop) / range(start, stop[, step]): arguments go through __index__.
static Object *range_tp_new(Vm *vm, TypeObject *type, Object *const *args,
                            size_t nargs, Object *kwnames) {
  Object *a = NULL, *b = NULL, *c = NULL;
  if (no_keywords(vm, "range", kwnames) < 0) return NULL;
  if (parse_args(vm, "range", args, nargs, NULL, "CO|OO:start,stop,step", &a,
                 &b, &c) < 0)
    return NULL;
  Object *start = NULL, *stop = NULL, *step = NULL, *r = NULL;
  if (!b) {
    stop = number_index(vm, a);
    start = int_from_i64(vm, 0);
    step = int_from_i64(vm, 1);
  } else {
    start = number_index(vm, a);
    stop = start ? number_index(vm, b) : NULL;
    step = !stop ? NULL : c ? number_index(vm, c) : int_from_i64(vm, 1);
    if (step && int_sign(step) == 0) {
      err_set(vm, vm->t.ValueError, "range() arg 3 must not be zero");
      clear_ref(vm, &step);
    }
  }
  if (start && stop && step) r = make_range(vm, type, start, stop, step);
  xdecref(vm, start);
  xdecref(vm, stop);
  xdecref(vm, step);
  return r;
}

void range_type_init(Vm *vm) {
  TypeObject *t = vm->t.range;
  t->flags &= ~(uint32_t)(TPF_HAVE_GC | TPF_BASETYPE);
  t->py_basicsize = 48;
  t->alloc_size = sizeof(RangeObject);
  t->dealloc = range_dealloc;
  t->repr = range_repr;
  t->hash = range_hash;
  t->richcompare = range_richcompare;
  t->len = range_len;
  t->getitem = range_getitem;
  t->contains = range_contains;
  t->nb_bool = range_bool;
  t->iter = range_iter;
  t->tp_new = range_tp_new;
  type_add_methods(vm, t, range_methods);
  type_add_getsets(vm, t, range_getsets);
}
