// iter.c — the built-in iterators (iterobject.c, listobject.c, enumobject.c,
// rangeobject.c, bltinmodule.c): index iterators over lists, tuples and
// strs, the __getitem__ protocol iterator, range iterators, iter(callable,
// sentinel), enumerate, zip (with strict=True), map, filter and reversed.
// (bytes_iterator is bytes.c's.)
// Each drops its reference to the underlying object when it is exhausted,
// as CPython does; enumerate and zip reuse their result tuple while nobody
// else holds it. References are reported to the trace (REF_SET / REF_DEL).
#include "iter.h"

#include "abstract.h"
#include "args.h"
#include "errors.h"
#include "int.h"
#include "list.h"
#include "str.h"
#include "trace.h"
#include "tuple.h"
#include "typeobj.h"
#include "unicode_utf8.h"
#include "vm.h"

static IterObject *IT(Object *o) { return (IterObject *)o; }

// ---- Shared helpers ---------------------------------------------------------------------

void iter_field_set(Vm *vm, Object *it, const char *field, Object **slot,
                    Object *v) {
  *slot = v;
  if (TRACE_ABOUT(vm, it) && v)
    trace_emit(vm, EV_REF_SET, 0, 0, it->serial, trace_cstring(vm, field),
               trace_obj(vm, v));
}

void iter_field_drop(Vm *vm, Object *it, const char *field, Object **slot) {
  trace_clear_ref(vm, it, slot, field);
}

// Stores [v] (a reference it takes) in slot [i] of a result tuple being
// reused; returns the old item (a reference the caller drops).
static Object *tuple_swap(Vm *vm, Object *t, ssize i, Object *v) {
  Object **items = tuple_items(t);
  Object *old = items[i];
  items[i] = v;
  if (TRACE_ABOUT(vm, t))
    trace_emit(vm, EV_SEQ_SET, 0, 0, t->serial, (uint32_t)i, trace_obj(vm, v));
  return old;
}

// Is [result] held by nobody but its iterator? Then it is (re)tracked and
// may be refilled.
static bool result_reusable(Vm *vm, Object *result) {
  if (result->refcnt != 1) return false;
  if (!gc_is_tracked(result)) gc_track(vm, result); // bpo-42536
  return true;
}

static Object *iter_alloc(Vm *vm, TypeObject *type, size_t size) {
  Object *o = obj_alloc(vm, type, size);
  if (o && (type->flags & TPF_HAVE_GC)) gc_track(vm, o);
  return o;
}

static Object *iter_self(Vm *vm, Object *o) { return newref(vm, o); }

static int traverse_fields(Object *o, VisitFn visit, void *arg) {
  IterObject *it = IT(o);
  int r = it->seq ? visit(it->seq, arg) : 0;
  if (!r && it->extra) r = visit(it->extra, arg);
  return r;
}

static void iter_dealloc(Vm *vm, Object *o) {
  iter_field_drop(vm, o, "seq", &IT(o)->seq);
  iter_field_drop(vm, o, "extra", &IT(o)->extra);
  obj_free_memory(vm, o);
}

static Object *hint_result(Vm *vm, ssize n) { return int_from_i64(vm, n < 0 ? 0 : n); }

#define HINT_METHOD(fn, tname, expr)                                           \
  static Object *fn(Vm *vm, Object *self, Object *const *args, size_t nargs,  \
                    Object *kw) {                                              \
    if (parse_args(vm, tname ".__length_hint__", args, nargs, kw, "N") < 0)    \
      return NULL;                                                             \
    IterObject *it = IT(self);                                                 \
    return expr;                                                               \
  }

// ---- Index iterators: list, reversed list, tuple, str -----------------------------------

Object *seqiter_new(Vm *vm, TypeObject *type, Object *seq) {
  Object *o = iter_alloc(vm, type, sizeof(IterObject));
  if (!o) return NULL;
  iter_field_set(vm, o, "seq", &IT(o)->seq, newref(vm, seq));
  if (type == vm->t.list_reviter) IT(o)->index = list_size(seq) - 1;
  return o;
}

// Marks the iterator exhausted: drops the sequence.
static Object *exhausted(Vm *vm, Object *o) {
  iter_field_drop(vm, o, "seq", &IT(o)->seq);
  return NULL;
}

static Object *listiter_next(Vm *vm, Object *o) {
  IterObject *it = IT(o);
  if (!it->seq) return NULL;
  if (it->index < list_size(it->seq))
    return newref(vm, list_get(it->seq, it->index++));
  return exhausted(vm, o);
}

static Object *listreviter_next(Vm *vm, Object *o) {
  IterObject *it = IT(o);
  if (!it->seq) return NULL;
  if (it->index >= 0 && it->index < list_size(it->seq))
    return newref(vm, list_get(it->seq, it->index--));
  it->index = -1;
  return exhausted(vm, o);
}

static Object *tupleiter_next(Vm *vm, Object *o) {
  IterObject *it = IT(o);
  if (!it->seq) return NULL;
  if (it->index < tuple_size(it->seq))
    return newref(vm, tuple_get(it->seq, it->index++));
  return exhausted(vm, o);
}

// str iterators: [index] counts code points, [step] is the byte offset
// (equal for ASCII strings).
static Object *striter_next(Vm *vm, Object *o) {
  IterObject *it = IT(o);
  if (!it->seq) return NULL;
  if (it->index >= str_len(it->seq)) return exhausted(vm, o);
  size_t off = (size_t)it->step, end = off;
  utf8_next(str_data(it->seq), &end);
  it->index++;
  it->step = (ssize)end;
  return str_new(vm, str_data(it->seq) + off, end - off);
}

HINT_METHOD(listiter_len, "list_iterator",
            hint_result(vm, it->seq ? list_size(it->seq) - it->index : 0))
HINT_METHOD(listreviter_len, "list_reverseiterator",
            hint_result(vm, !it->seq || list_size(it->seq) < it->index + 1
                                ? 0
                                : it->index + 1))
HINT_METHOD(tupleiter_len, "tuple_iterator",
            hint_result(vm, it->seq ? tuple_size(it->seq) - it->index : 0))
HINT_METHOD(striter_len, "str_ascii_iterator",
            hint_result(vm, it->seq ? str_len(it->seq) - it->index : 0))
HINT_METHOD(ustriter_len, "str_iterator",
            hint_result(vm, it->seq ? str_len(it->seq) - it->index : 0))

// ---- The __getitem__ iterator ("iterator") ------------------------------------------------

static Object *seqiter_next(Vm *vm, Object *o) {
  IterObject *it = IT(o);
  if (!it->seq) return NULL;
  if (it->index == INTPTR_MAX) {
    err_set(vm, vm->t.OverflowError, "iter index too large");
    return NULL;
  }
  Object *i = int_from_i64(vm, it->index);
  if (!i) return NULL;
  Object *result = obj_getitem(vm, it->seq, i);
  decref(vm, i);
  if (result) {
    it->index++;
    return result;
  }
  if (err_matches(vm, vm->t.IndexError) || err_matches(vm, vm->t.StopIteration)) {
    err_clear(vm);
    exhausted(vm, o);
  }
  return NULL;
}

static Object *seqiter_len(Vm *vm, Object *self, Object *const *args,
                           size_t nargs, Object *kw) {
  if (parse_args(vm, "iterator.__length_hint__", args, nargs, kw, "N") < 0)
    return NULL;
  IterObject *it = IT(self);
  if (!it->seq) return int_from_i64(vm, 0);
  if (!obj_has_len(it->seq)) return vm_notimpl(vm);
  ssize n = obj_len(vm, it->seq);
  return n < 0 ? NULL : hint_result(vm, n - it->index);
}

// ---- range iterators ---------------------------------------------------------------------
// range_iterator: [index] is the next value, [len] the items left, [step]
// the step. longrange_iterator (values beyond a machine word) has its own
// struct of Python ints, as CPython's.

Object *rangeiter_new(Vm *vm, ssize start, ssize step, ssize len) {
  Object *o = iter_alloc(vm, vm->t.range_iter, sizeof(IterObject));
  if (!o) return NULL;
  IT(o)->index = start;
  IT(o)->step = step;
  IT(o)->len = len;
  return o;
}

static Object *rangeiter_next(Vm *vm, Object *o) {
  IterObject *it = IT(o);
  if (it->len <= 0) return NULL;
  ssize v = it->index;
  it->index = (ssize)((size_t)v + (size_t)it->step);
  it->len--;
  return int_from_i64(vm, v);
}

static Object *rangeiter_len(Vm *vm, Object *self, Object *const *args,
                             size_t nargs, Object *kw) {
  if (parse_args(vm, "range_iterator.__length_hint__", args, nargs, kw,
                 "N") < 0)
    return NULL;
  return int_from_i64(vm, IT(self)->len);
}

typedef struct LongRangeIter {
  Object ob;
  Object *index, *start, *step, *len; // start + index * step is next
} LongRangeIter;

static LongRangeIter *LRI(Object *o) { return (LongRangeIter *)o; }

Object *longrangeiter_new(Vm *vm, Object *start, Object *step, Object *len) {
  Object *o = obj_alloc(vm, vm->t.longrange_iter, sizeof(LongRangeIter));
  if (!o) return NULL;
  iter_field_set(vm, o, "start", &LRI(o)->start, newref(vm, start));
  iter_field_set(vm, o, "step", &LRI(o)->step, newref(vm, step));
  iter_field_set(vm, o, "len", &LRI(o)->len, newref(vm, len));
  iter_field_set(vm, o, "index", &LRI(o)->index, int_from_i64(vm, 0));
  return o;
}

static Object *longrangeiter_next(Vm *vm, Object *o) {
  LongRangeIter *it = LRI(o);
  if (int_compare(it->index, it->len) >= 0) return NULL;
  Object *one = vm->small_ints[1 - SMALL_INT_MIN];
  Object *next_index = number_binop(vm, it->index, one, NB_ADD);
  Object *product =
      next_index ? number_binop(vm, it->index, it->step, NB_MUL) : NULL;
  Object *result =
      product ? number_binop(vm, it->start, product, NB_ADD) : NULL;
  xdecref(vm, product);
  if (!result) {
    xdecref(vm, next_index);
    return NULL;
  }
  set_ref(vm, &it->index, next_index);
  return result;
}

static Object *longrangeiter_len(Vm *vm, Object *self, Object *const *args,
                                 size_t nargs, Object *kw) {
  if (parse_args(vm, "longrange_iterator.__length_hint__", args, nargs, kw,
                 "N") < 0)
    return NULL;
  return number_binop(vm, LRI(self)->len, LRI(self)->index, NB_SUB);
}

static void longrangeiter_dealloc(Vm *vm, Object *o) {
  iter_field_drop(vm, o, "index", &LRI(o)->index);
  iter_field_drop(vm, o, "start", &LRI(o)->start);
  iter_field_drop(vm, o, "step", &LRI(o)->step);
  iter_field_drop(vm, o, "len", &LRI(o)->len);
  obj_free_memory(vm, o);
}

// ---- callable_iterator: [seq] the callable, [extra] the sentinel ----------------------------

Object *calliter_new(Vm *vm, Object *callable, Object *sentinel) {
  Object *o = iter_alloc(vm, vm->t.callable_iter, sizeof(IterObject));
  if (!o) return NULL;
  iter_field_set(vm, o, "callable", &IT(o)->seq, newref(vm, callable));
  iter_field_set(vm, o, "sentinel", &IT(o)->extra, newref(vm, sentinel));
  return o;
}

static void calliter_stop(Vm *vm, Object *o) {
  iter_field_drop(vm, o, "callable", &IT(o)->seq);
  iter_field_drop(vm, o, "sentinel", &IT(o)->extra);
}

static Object *calliter_next(Vm *vm, Object *o) {
  IterObject *it = IT(o);
  if (!it->seq) return NULL;
  Object *result = obj_call0(vm, it->seq);
  if (result) {
    int ok = obj_richcompare_bool(vm, it->extra, result, CMP_EQ);
    if (ok == 0) return result;
    decref(vm, result);
    if (ok > 0) calliter_stop(vm, o);
  } else if (err_matches(vm, vm->t.StopIteration)) {
    err_clear(vm);
    calliter_stop(vm, o);
  }
  return NULL;
}

static void calliter_dealloc(Vm *vm, Object *o) {
  calliter_stop(vm, o);
  obj_free_memory(vm, o);
}

// ---- enumerate: [seq] the iterator, [index] the count, [extra] the count
// once it passed INTPTR_MAX, [result] the reusable (index, item) tuple. -----

typedef struct EnumObject {
  IterObject it;
  Object *result;
} EnumObject;

static EnumObject *EN(Object *o) { return (EnumObject *)o; }

static Object *enum_make(Vm *vm, TypeObject *type, Object *iterable,
                         Object *start) {
  Object *o = iter_alloc(vm, type, sizeof(EnumObject));
  if (!o) return NULL;
  if (start) {
    Object *s = number_index(vm, start);
    if (!s) goto fail;
    int64_t v = int_is_small(s) ? int_small_value(s) : 0;
    if (int_is_small(s) && v >= INTPTR_MIN && v <= INTPTR_MAX) {
      IT(o)->index = (ssize)v;
      decref(vm, s);
    } else { // counts past INTPTR_MAX continue with Python ints
      IT(o)->index = INTPTR_MAX;
      iter_field_set(vm, o, "count", &IT(o)->extra, s);
    }
  }
  Object *it = obj_get_iter(vm, iterable);
  if (!it) goto fail;
  iter_field_set(vm, o, "iterator", &IT(o)->seq, it);
  Object *result = tuple_pack(vm, 2, vm->none, vm->none);
  if (!result) goto fail;
  iter_field_set(vm, o, "result", &EN(o)->result, result);
  return o;
fail:
  decref(vm, o);
  return NULL;
}

// The next count as an int (new reference).
static Object *enum_next_index(Vm *vm, Object *o) {
  IterObject *it = IT(o);
  if (it->index != INTPTR_MAX) return int_from_i64(vm, it->index++);
  if (!it->extra) {
    Object *max = int_from_i64(vm, INTPTR_MAX);
    if (!max) return NULL;
    iter_field_set(vm, o, "count", &it->extra, max);
  }
  Object *next = it->extra;
  Object *stepped = number_binop(vm, next, vm->small_ints[1 - SMALL_INT_MIN],
                                 NB_ADD);
  if (!stepped) return NULL;
  iter_field_set(vm, o, "count", &it->extra, stepped); // the old one is returned
  return next;
}

Object *iter_pair_result(Vm *vm, Object *result, Object *a, Object *b) {
  if (result_reusable(vm, result)) {
    incref(vm, result);
    Object *old_a = tuple_swap(vm, result, 0, a);
    Object *old_b = tuple_swap(vm, result, 1, b);
    decref(vm, old_a);
    decref(vm, old_b);
    return result;
  }
  Object *t = tuple_new(vm, 2);
  if (!t) {
    decref(vm, a);
    decref(vm, b);
    return NULL;
  }
  tuple_init_item(vm, t, 0, a);
  tuple_init_item(vm, t, 1, b);
  return t;
}

static Object *enum_next(Vm *vm, Object *o) {
  if (!IT(o)->seq) return NULL;
  Object *item = iter_next(vm, IT(o)->seq);
  if (!item) return NULL;
  Object *index = enum_next_index(vm, o);
  if (!index) {
    decref(vm, item);
    return NULL;
  }
  return iter_pair_result(vm, EN(o)->result, index, item);
}

static int enum_traverse(Object *o, VisitFn visit, void *arg) {
  int r = traverse_fields(o, visit, arg);
  if (!r && EN(o)->result) r = visit(EN(o)->result, arg);
  return r;
}

static void enum_dealloc(Vm *vm, Object *o) {
  iter_field_drop(vm, o, "iterator", &IT(o)->seq);
  iter_field_drop(vm, o, "result", &EN(o)->result);
  iter_field_drop(vm, o, "count", &IT(o)->extra);
  obj_free_memory(vm, o);
}

static bool kw_is(Object *kwnames, ssize i, const char *name) {
  return str_eq_cstr(tuple_get(kwnames, i), name);
}

static Object *bad_kw(Vm *vm, Object *kwnames, ssize i) {
  return err_format(vm, vm->t.TypeError,
                    "'%S' is an invalid keyword argument for enumerate()",
                    tuple_get(kwnames, i));
}

// enumerate(iterable, start=0), with enumerate_vectorcall's messages.
static Object *enum_tp_new(Vm *vm, TypeObject *type, Object *const *args,
                           size_t nargs, Object *kwnames) {
  ssize nkw = kwnames ? tuple_size(kwnames) : 0, n = (ssize)nargs + nkw;
  if (n == 2) {
    if (nkw == 1 && !kw_is(kwnames, 0, "start")) return bad_kw(vm, kwnames, 0);
    if (nkw == 2) {
      if (kw_is(kwnames, 0, "start")) {
        if (!kw_is(kwnames, 1, "iterable")) return bad_kw(vm, kwnames, 1);
        return enum_make(vm, type, args[1], args[0]);
      }
      if (!kw_is(kwnames, 0, "iterable")) return bad_kw(vm, kwnames, 0);
      if (!kw_is(kwnames, 1, "start")) return bad_kw(vm, kwnames, 1);
    }
    return enum_make(vm, type, args[0], args[1]);
  }
  if (n == 1) {
    if (nkw == 1 && !kw_is(kwnames, 0, "iterable")) return bad_kw(vm, kwnames, 0);
    return enum_make(vm, type, args[0], NULL);
  }
  if (nargs == 0)
    return err_format(vm, vm->t.TypeError,
                      "enumerate() missing required argument 'iterable'");
  return err_format(vm, vm->t.TypeError,
                    "enumerate() takes at most 2 arguments (%d given)", (int)n);
}

// ---- zip: [extra] the tuple of iterators, [seq] the reusable result, [len]
// the strict flag. --------------------------------------------------------------------------

static Object *zip_tp_new(Vm *vm, TypeObject *type, Object *const *args,
                          size_t nargs, Object *kwnames) {
  int strict = 0;
  if (kwnames && tuple_size(kwnames) > 1)
    return err_format(vm, vm->t.TypeError,
                      "zip() takes at most 1 keyword argument (%d given)",
                      (int)tuple_size(kwnames));
  if (kwnames && tuple_size(kwnames) > 0 &&
      parse_args(vm, "zip", args + nargs, 0, kwnames, "K|$p:strict", &strict) < 0)
    return NULL;
  Object *iters = tuple_new(vm, (ssize)nargs);
  if (!iters) return NULL;
  for (size_t i = 0; i < nargs; i++) {
    Object *it = obj_get_iter(vm, args[i]);
    if (!it) {
      decref(vm, iters);
      return NULL;
    }
    tuple_init_item(vm, iters, (ssize)i, it);
  }
  Object *result = tuple_new(vm, (ssize)nargs);
  for (size_t i = 0; result && i < nargs; i++)
    tuple_init_item(vm, result, (ssize)i, vm_none(vm));
  Object *o = result ? iter_alloc(vm, type, sizeof(IterObject)) : NULL;
  if (!o) {
    decref(vm, iters);
    xdecref(vm, result);
    return NULL;
  }
  iter_field_set(vm, o, "iterators", &IT(o)->extra, iters);
  iter_field_set(vm, o, "result", &IT(o)->seq, result);
  IT(o)->len = strict;
  return o;
}

// zip(strict=True) ran out at argument [i]: checks that all others did too.
static Object *zip_check(Vm *vm, Object *o, ssize i) {
  if (err_occurred(vm)) return NULL; // next() raised something else
  if (i) {
    return err_format(vm, vm->t.ValueError,
                      "zip() argument %d is shorter than argument%s%d",
                      (int)(i + 1), i == 1 ? " " : "s 1-", (int)i);
  }
  Object *iters = IT(o)->extra;
  for (i = 1; i < tuple_size(iters); i++) {
    Object *item = iter_next(vm, tuple_get(iters, i));
    if (item) {
      decref(vm, item);
      return err_format(vm, vm->t.ValueError,
                        "zip() argument %d is longer than argument%s%d",
                        (int)(i + 1), i == 1 ? " " : "s 1-", (int)i);
    }
    if (err_occurred(vm)) return NULL;
  }
  return NULL; // all exhausted together
}

static Object *zip_next(Vm *vm, Object *o) {
  IterObject *z = IT(o);
  ssize n = tuple_size(z->extra);
  if (n == 0) return NULL;
  Object *result = z->seq;
  bool reuse = result_reusable(vm, result);
  if (reuse) incref(vm, result);
  else if (!(result = tuple_new(vm, n))) return NULL;
  for (ssize i = 0; i < n; i++) {
    Object *item = iter_next(vm, tuple_get(z->extra, i));
    if (!item) {
      decref(vm, result);
      return z->len ? zip_check(vm, o, i) : NULL;
    }
    if (reuse) decref(vm, tuple_swap(vm, result, i, item));
    else tuple_init_item(vm, result, i, item);
  }
  return result;
}

static void zip_dealloc(Vm *vm, Object *o) {
  iter_field_drop(vm, o, "iterators", &IT(o)->extra);
  iter_field_drop(vm, o, "result", &IT(o)->seq);
  obj_free_memory(vm, o);
}

// ---- map: [seq] the function, [extra] the tuple of iterators ---------------------------------

static Object *map_tp_new(Vm *vm, TypeObject *type, Object *const *args,
                          size_t nargs, Object *kwnames) {
  if (type == vm->t.map && no_keywords(vm, "map", kwnames) < 0) return NULL;
  if (nargs < 2)
    return err_format(vm, vm->t.TypeError,
                      "map() must have at least two arguments.");
  Object *iters = tuple_new(vm, (ssize)nargs - 1);
  for (size_t i = 1; iters && i < nargs; i++) {
    Object *it = obj_get_iter(vm, args[i]);
    if (!it) {
      clear_ref(vm, &iters);
      break;
    }
    tuple_init_item(vm, iters, (ssize)i - 1, it);
  }
  Object *o = iters ? iter_alloc(vm, type, sizeof(IterObject)) : NULL;
  if (!o) {
    xdecref(vm, iters);
    return NULL;
  }
  iter_field_set(vm, o, "iterators", &IT(o)->extra, iters);
  iter_field_set(vm, o, "func", &IT(o)->seq, newref(vm, args[0]));
  return o;
}

static Object *map_next(Vm *vm, Object *o) {
  Object *iters = IT(o)->extra;
  ssize n = tuple_size(iters), got = 0;
  Object *small[8], **stack = small, *result = NULL;
  if (n > 8 && !(stack = alloc_bytes(&vm->alloc, sizeof(Object *) * (size_t)n)))
    return err_no_memory(vm);
  for (; got < n; got++) {
    stack[got] = iter_next(vm, tuple_get(iters, got));
    if (!stack[got]) break;
  }
  if (got == n) result = obj_call(vm, IT(o)->seq, stack, (size_t)n, NULL);
  for (ssize i = 0; i < got; i++) decref(vm, stack[i]);
  if (stack != small) alloc_free(&vm->alloc, stack, sizeof(Object *) * (size_t)n);
  return result;
}

static void map_dealloc(Vm *vm, Object *o) {
  iter_field_drop(vm, o, "iterators", &IT(o)->extra);
  iter_field_drop(vm, o, "func", &IT(o)->seq);
  obj_free_memory(vm, o);
}

// ---- filter: [seq] the function, [extra] the iterator ------------------------------------------

static Object *filter_tp_new(Vm *vm, TypeObject *type, Object *const *args,
                             size_t nargs, Object *kwnames) {
  Object *func, *seq;
  if (type == vm->t.filter && no_keywords(vm, "filter", kwnames) < 0)
    return NULL;
  if (parse_args(vm, "filter", args, nargs, NULL, "COO:function,iterable",
                 &func, &seq) < 0)
    return NULL;
  Object *it = obj_get_iter(vm, seq);
  Object *o = it ? iter_alloc(vm, type, sizeof(IterObject)) : NULL;
  if (!o) {
    xdecref(vm, it);
    return NULL;
  }
  iter_field_set(vm, o, "func", &IT(o)->seq, newref(vm, func));
  iter_field_set(vm, o, "iterator", &IT(o)->extra, it);
  return o;
}

static Object *filter_next(Vm *vm, Object *o) {
  Object *func = IT(o)->seq;
  bool checktrue = func == vm->none || func == AS_OBJ(vm->t.bool_);
  for (;;) {
    Object *item = iter_next(vm, IT(o)->extra);
    if (!item) return NULL;
    int ok;
    if (checktrue) {
      ok = obj_is_true(vm, item);
    } else {
      Object *good = obj_call1(vm, func, item);
      if (!good) {
        decref(vm, item);
        return NULL;
      }
      ok = obj_is_true(vm, good);
      decref(vm, good);
    }
    if (ok > 0) return item;
    decref(vm, item);
    if (ok < 0) return NULL;
  }
}

static int filter_traverse(Object *o, VisitFn visit, void *arg) {
  int r = IT(o)->extra ? visit(IT(o)->extra, arg) : 0;
  if (!r && IT(o)->seq) r = visit(IT(o)->seq, arg);
  return r;
}

static void filter_dealloc(Vm *vm, Object *o) {
  iter_field_drop(vm, o, "func", &IT(o)->seq);
  iter_field_drop(vm, o, "iterator", &IT(o)->extra);
  obj_free_memory(vm, o);
}

// ---- reversed: [seq] the sequence, [index] the next index ---------------------------------------

static Object *not_reversible(Vm *vm, Object *seq) {
  return err_format(vm, vm->t.TypeError, "'%s' object is not reversible",
                    seq->type->tp_name);
}

static bool is_sequence(Vm *vm, Object *o) {
  return o->type->getitem && !type_is_subtype(o->type, vm->t.dict);
}

static Object *reversed_tp_new(Vm *vm, TypeObject *type, Object *const *args,
                               size_t nargs, Object *kwnames) {
  Object *seq;
  if (type == vm->t.reversed && no_keywords(vm, "reversed", kwnames) < 0)
    return NULL;
  if (parse_args(vm, "reversed", args, nargs, NULL, "CO:sequence", &seq) < 0)
    return NULL;
  Object *meth = lookup_special(vm, seq, vm->str.reversed);
  if (meth == vm->none) {
    decref(vm, meth);
    return not_reversible(vm, seq);
  }
  if (meth) {
    Object *res = obj_call0(vm, meth);
    decref(vm, meth);
    return res;
  }
  if (err_occurred(vm)) return NULL;
  if (!is_sequence(vm, seq)) return not_reversible(vm, seq);
  ssize n = obj_len(vm, seq);
  if (n < 0) return NULL;
  Object *o = iter_alloc(vm, type, sizeof(IterObject));
  if (!o) return NULL;
  IT(o)->index = n - 1;
  iter_field_set(vm, o, "seq", &IT(o)->seq, newref(vm, seq));
  return o;
}

static Object *reversed_next(Vm *vm, Object *o) {
  IterObject *it = IT(o);
  if (it->index >= 0 && it->seq) {
    Object *i = int_from_i64(vm, it->index);
    Object *item = i ? obj_getitem(vm, it->seq, i) : NULL;
    xdecref(vm, i);
    if (item) {
      it->index--;
      return item;
    }
    if (err_matches(vm, vm->t.IndexError) || err_matches(vm, vm->t.StopIteration))
      err_clear(vm);
  }
  it->index = -1;
  return exhausted(vm, o);
}

static Object *reversed_len(Vm *vm, Object *self, Object *const *args,
                            size_t nargs, Object *kw) {
  if (parse_args(vm, "reversed.__length_hint__", args, nargs, kw, "N") < 0)
    return NULL;
  IterObject *it = IT(self);
  if (!it->seq) return int_from_i64(vm, 0);
  ssize n = obj_len(vm, it->seq);
  if (n < 0) return NULL;
  return int_from_i64(vm, n < it->index + 1 ? 0 : it->index + 1);
}

// ---- Type set-up ------------------------------------------------------------------------------

#define HINT_DEFS(name, fn)                                                    \
  static const MethodDef name[] = {{"__length_hint__", fn, 0, NULL},          \
                                   {NULL, NULL, 0, NULL}};
HINT_DEFS(listiter_methods, listiter_len)
HINT_DEFS(listreviter_methods, listreviter_len)
HINT_DEFS(tupleiter_methods, tupleiter_len)
HINT_DEFS(striter_methods, striter_len)
HINT_DEFS(ustriter_methods, ustriter_len)
HINT_DEFS(seqiter_methods, seqiter_len)
HINT_DEFS(rangeiter_methods, rangeiter_len)
HINT_DEFS(longrangeiter_methods, longrangeiter_len)
HINT_DEFS(reversed_methods, reversed_len)
#undef HINT_DEFS

// Common set-up: [gc] GC type, [base] subclassable, CPython's basic size.
static TypeObject *iter_type(Vm *vm, TypeObject *t, UnaryFn next, bool gc,
                             bool base, ssize basicsize,
                             const MethodDef *methods) {
  t->flags &= ~(uint32_t)(TPF_HAVE_GC | TPF_BASETYPE);
  if (gc) t->flags |= TPF_HAVE_GC;
  if (base) t->flags |= TPF_BASETYPE;
  t->py_basicsize = basicsize;
  t->alloc_size = sizeof(IterObject);
  t->dealloc = iter_dealloc;
  t->traverse = gc ? traverse_fields : NULL;
  t->iter = iter_self;
  t->iternext = next;
  if (methods) type_add_methods(vm, t, methods);
  return t;
}

void iter_types_init(Vm *vm) {
  BuiltinTypes *b = &vm->t;
  iter_type(vm, b->list_iter, listiter_next, true, false, 32, listiter_methods);
  iter_type(vm, b->list_reviter, listreviter_next, true, false, 32,
            listreviter_methods);
  iter_type(vm, b->tuple_iter, tupleiter_next, true, false, 32, tupleiter_methods);
  iter_type(vm, b->str_iter, striter_next, true, false, 32, striter_methods);
  iter_type(vm, b->str_uiter, striter_next, true, false, 32, ustriter_methods);
  iter_type(vm, b->seq_iter, seqiter_next, true, false, 32, seqiter_methods);
  // bytes.c (initialized first) installed its own next: the ints.
  UnaryFn bytes_next = b->bytes_iter->iternext;
  iter_type(vm, b->bytes_iter, bytes_next ? bytes_next : seqiter_next, true,
            false, 32, NULL);
  iter_type(vm, b->range_iter, rangeiter_next, false, false, 48,
            rangeiter_methods);
  TypeObject *t = iter_type(vm, b->longrange_iter, longrangeiter_next, false,
                            false, 48, longrangeiter_methods);
  t->alloc_size = sizeof(LongRangeIter);
  t->dealloc = longrangeiter_dealloc;
  iter_type(vm, b->callable_iter, calliter_next, true, false, 32, NULL)->dealloc =
      calliter_dealloc;
  t = iter_type(vm, b->enumerate, enum_next, true, true, 56, NULL);
  t->alloc_size = sizeof(EnumObject);
  t->traverse = enum_traverse;
  t->dealloc = enum_dealloc;
  t->tp_new = enum_tp_new;
  t = iter_type(vm, b->zip, zip_next, true, true, 48, NULL);
  t->dealloc = zip_dealloc;
  t->tp_new = zip_tp_new;
  t = iter_type(vm, b->map, map_next, true, true, 32, NULL);
  t->dealloc = map_dealloc;
  t->tp_new = map_tp_new;
  t = iter_type(vm, b->filter, filter_next, true, true, 32, NULL);
  t->traverse = filter_traverse;
  t->dealloc = filter_dealloc;
  t->tp_new = filter_tp_new;
  t = iter_type(vm, b->reversed, reversed_next, true, true, 32, reversed_methods);
  t->tp_new = reversed_tp_new;
}
