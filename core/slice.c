// slice.c — slice objects and the index arithmetic shared by every sequence:
// CPython 3.11's PySlice_Unpack / PySlice_AdjustIndices clamping, the
// arbitrary-size version behind slice.indices() and range slicing, and the
// `seq[i]` index check with its messages (sliceobject.c, ceval.c).
#include "slice.h"

#include "abstract.h"
#include "args.h"
#include "errors.h"
#include "int.h"
#include "iter.h"
#include "str.h"
#include "trace.h"
#include "tuple.h"
#include "typeobj.h"
#include "vm.h"

static SliceObject *SL(Object *o) { return (SliceObject *)o; }

Object *slice_new(Vm *vm, Object *start, Object *stop, Object *step) {
  Object *o = obj_alloc(vm, vm->t.slice, sizeof(SliceObject));
  if (!o) return NULL;
  SliceObject *s = SL(o);
  iter_field_set(vm, o, "step", &s->step, newref(vm, step ? step : vm->none));
  iter_field_set(vm, o, "start", &s->start, newref(vm, start ? start : vm->none));
  iter_field_set(vm, o, "stop", &s->stop, newref(vm, stop ? stop : vm->none));
  gc_track(vm, o);
  return o;
}

bool is_index(const Object *key) { return key->type->nb_index != NULL; }

// _PyEval_SliceIndex: None leaves *out alone; big values saturate.
static int slice_index(Vm *vm, Object *v, ssize *out) {
  if (v == vm->none) return 0;
  if (!is_index(v)) {
    err_set(vm, vm->t.TypeError,
            "slice indices must be integers or None or have an __index__ "
            "method");
    return -1;
  }
  Object *i = number_index(vm, v);
  if (!i) return -1;
  bool ok;
  *out = int_as_ssize(vm, i, true, &ok);
  decref(vm, i);
  return 0;
}

int slice_unpack(Vm *vm, Object *slice, ssize *start, ssize *stop,
                 ssize *step) {
  SliceObject *r = SL(slice);
  *step = 1;
  if (slice_index(vm, r->step, step) < 0) return -1;
  if (*step == 0) {
    err_set(vm, vm->t.ValueError, "slice step cannot be zero");
    return -1;
  }
  if (*step < -INTPTR_MAX) *step = -INTPTR_MAX;
  *start = *step < 0 ? INTPTR_MAX : 0;
  if (slice_index(vm, r->start, start) < 0) return -1;
  *stop = *step < 0 ? INTPTR_MIN : INTPTR_MAX;
  return slice_index(vm, r->stop, stop);
}

static void clamp(ssize len, ssize *i, ssize step) {
  if (*i < 0) {
    *i += len;
    if (*i < 0) *i = step < 0 ? -1 : 0;
  } else if (*i >= len) {
    *i = step < 0 ? len - 1 : len;
  }
}

ssize slice_adjust(ssize len, ssize *start, ssize *stop, ssize step) {
  clamp(len, start, step);
  clamp(len, stop, step);
  if (step < 0) {
    if (*stop < *start) return (*start - *stop - 1) / (-step) + 1;
  } else if (*start < *stop) {
    return (*stop - *start - 1) / step + 1;
  }
  return 0;
}

ssize seq_index(Vm *vm, Object *key, ssize len, const char *what,
                const char *range_msg) {
  if (!is_index(key)) {
    err_format(vm, vm->t.TypeError,
               "%s indices must be integers or slices, not %s", what,
               key->type->tp_name);
    return -1;
  }
  Object *io = number_index(vm, key);
  if (!io) return -1;
  bool ok;
  ssize i = int_as_ssize(vm, io, false, &ok);
  decref(vm, io);
  if (!ok) return -1;
  if (i < 0) i += len;
  if (i < 0 || i >= len) {
    err_set(vm, vm->t.IndexError, range_msg);
    return -1;
  }
  return i;
}

// ---- Arbitrary-size indices (_PySlice_GetLongIndices) -----------------------------------

static Object *eval_index(Vm *vm, Object *v) {
  if (is_index(v)) return number_index(vm, v);
  err_set(vm, vm->t.TypeError,
          "slice indices must be integers or None or have an __index__ method");
  return NULL;
}

// Clamps one bound: None gives [dflt]; negatives count from the end.
static Object *long_bound(Vm *vm, Object *v, Object *length, Object *lower,
                          Object *upper, Object *dflt) {
  if (v == vm->none) return newref(vm, dflt);
  Object *b = eval_index(vm, v);
  if (!b) return NULL;
  Object *limit = upper;
  int op = CMP_GT;
  if (int_sign(b) < 0) {
    Object *t = number_binop(vm, b, length, NB_ADD);
    decref(vm, b);
    if (!(b = t)) return NULL;
    limit = lower;
    op = CMP_LT;
  }
  int c = obj_richcompare_bool(vm, b, limit, op);
  if (c != 0) {
    decref(vm, b);
    return c < 0 ? NULL : newref(vm, limit);
  }
  return b;
}

static Object *long_step(Vm *vm, Object *v) {
  if (v == vm->none) return int_from_i64(vm, 1);
  Object *step = eval_index(vm, v);
  if (step && int_sign(step) == 0) {
    err_set(vm, vm->t.ValueError, "slice step cannot be zero");
    clear_ref(vm, &step);
  }
  return step;
}

int slice_long_indices(Vm *vm, Object *slice, Object *length, Object **start,
                       Object **stop, Object **step) {
  SliceObject *r = SL(slice);
  *start = *stop = NULL;
  *step = long_step(vm, r->step);
  if (!*step) return -1;
  bool neg = int_sign(*step) < 0;
  Object *lower = int_from_i64(vm, neg ? -1 : 0);
  Object *upper = !lower ? NULL
                  : neg  ? number_binop(vm, length, lower, NB_ADD)
                         : newref(vm, length);
  if (upper) {
    *start = long_bound(vm, r->start, length, lower, upper, neg ? upper : lower);
    if (*start)
      *stop = long_bound(vm, r->stop, length, lower, upper, neg ? lower : upper);
  }
  xdecref(vm, lower);
  xdecref(vm, upper);
  if (*stop) return 0;
  clear_ref(vm, start);
  clear_ref(vm, step);
  return -1;
}

// ---- The slice type --------------------------------------------------------------------

static Object *slice_repr(Vm *vm, Object *o) {
  return str_from_format(vm, "slice(%R, %R, %R)", SL(o)->start, SL(o)->stop,
                         SL(o)->step);
}

static Object *as_tuple(Vm *vm, Object *o) {
  return tuple_pack(vm, 3, SL(o)->start, SL(o)->stop, SL(o)->step);
}

static Object *slice_richcompare(Vm *vm, Object *v, Object *w, int op) {
  if (!is_slice(v) || !is_slice(w)) return vm_notimpl(vm);
  if (v == w) return vm_bool(vm, op == CMP_EQ || op == CMP_LE || op == CMP_GE);
  Object *t1 = as_tuple(vm, v);
  Object *t2 = t1 ? as_tuple(vm, w) : NULL;
  Object *r = t2 ? obj_richcompare(vm, t1, t2, op) : NULL;
  xdecref(vm, t1);
  xdecref(vm, t2);
  return r;
}

static int slice_traverse(Object *o, VisitFn visit, void *arg) {
  int r = visit(SL(o)->start, arg);
  if (!r) r = visit(SL(o)->stop, arg);
  if (!r) r = visit(SL(o)->step, arg);
  return r;
}

static void slice_dealloc(Vm *vm, Object *o) {
  SliceObject *s = SL(o);
  iter_field_drop(vm, o, "step", &s->step);
  iter_field_drop(vm, o, "start", &s->start);
  iter_field_drop(vm, o, "stop", &s->stop);
  obj_free_memory(vm, o);
}

static Object *slice_tp_new(Vm *vm, TypeObject *type, Object *const *args,
                            size_t nargs, Object *kwnames) {
  UNUSED(type);
  Object *start = NULL, *stop = NULL, *step = NULL;
  if (no_keywords(vm, "slice", kwnames) < 0) return NULL;
  if (parse_args(vm, "slice", args, nargs, NULL, "CO|OO:start,stop,step",
                 &start, &stop, &step) < 0)
    return NULL;
  if (!stop) { // slice(stop)
    stop = start;
    start = NULL;
  }
  return slice_new(vm, start, stop, step);
}

static Object *slice_indices_m(Vm *vm, Object *self, Object *const *args,
                               size_t nargs, Object *kw) {
  Object *len;
  if (parse_args(vm, "slice.indices", args, nargs, kw, "1O:len", &len) < 0)
    return NULL;
  Object *length = number_index(vm, len);
  if (!length) return NULL;
  if (int_sign(length) < 0) {
    decref(vm, length);
    err_set(vm, vm->t.ValueError, "length should not be negative");
    return NULL;
  }
  Object *start, *stop, *step;
  int r = slice_long_indices(vm, self, length, &start, &stop, &step);
  decref(vm, length);
  if (r < 0) return NULL;
  Object *t = tuple_pack(vm, 3, start, stop, step);
  decref(vm, start);
  decref(vm, stop);
  decref(vm, step);
  return t;
}

static Object *slice_reduce_m(Vm *vm, Object *self, Object *const *args,
                              size_t nargs, Object *kw) {
  if (parse_args(vm, "slice.__reduce__", args, nargs, kw, "N") < 0) return NULL;
  Object *t = as_tuple(vm, self);
  Object *r = t ? tuple_pack(vm, 2, AS_OBJ(self->type), t) : NULL;
  xdecref(vm, t);
  return r;
}

static const MethodDef slice_methods[] = {
    {"indices", slice_indices_m, 0, NULL},
    {"__reduce__", slice_reduce_m, 0, NULL},
    {NULL, NULL, 0, NULL}};

static Object *get_start(Vm *vm, Object *o) { return newref(vm, SL(o)->start); }
static Object *get_stop(Vm *vm, Object *o) { return newref(vm, SL(o)->stop); }
static Object *get_step(Vm *vm, Object *o) { return newref(vm, SL(o)->step); }

static const GetSetDef slice_getsets[] = {
    {"start", get_start, NULL},
    {"stop", get_stop, NULL},
    {"step", get_step, NULL},
    {NULL, NULL, NULL}};

void slice_type_init(Vm *vm) {
  TypeObject *t = vm->t.slice;
  t->flags = (t->flags | TPF_HAVE_GC) & ~(uint32_t)TPF_BASETYPE;
  t->py_basicsize = 40;
  t->alloc_size = sizeof(SliceObject);
  t->dealloc = slice_dealloc;
  t->traverse = slice_traverse;
  t->repr = slice_repr;
  t->hash = NULL; // unhashable in 3.11
  t->richcompare = slice_richcompare;
  t->tp_new = slice_tp_new;
  type_add_methods(vm, t, slice_methods);
  type_add_getsets(vm, t, slice_getsets);
}
