// listsort.c — list.sort(): CPython 3.11's list_sort_impl around the
// merge sort of timsort.c. Keys are computed first, in order; the list
// looks empty while sorting and a list changed by a comparison raises "list
// modified during sort"; reverse=True reverses before and after a stable
// sort; and the comparison is picked as CPython's pre-sort check does (same
// type keys skip the generic rich comparison), so every __lt__ CPython
// would call is called, in the same order, and nothing else.
#include "abstract.h"
#include "errors.h"
#include "int.h"
#include "list.h"
#include "str.h"
#include "timsort.h"
#include "trace.h"
#include "tuple.h"
#include "vm.h"

#include <stdlib.h>

// ---- Comparisons (CPython's safe_/unsafe_*_compare) -----------------------

static int safe_less(Sorter *s, Object *v, Object *w) {
  return obj_richcompare_bool(s->vm, v, w, CMP_LT);
}

// Keys of one type with a rich comparison: call it directly.
static int same_type_less(Sorter *s, Object *v, Object *w) {
  Vm *vm = s->vm;
  if (v->type->richcompare != s->key_richcompare) return safe_less(s, v, w);
  Object *r = s->key_richcompare(vm, v, w, CMP_LT);
  if (r == vm->notimpl) {
    decref(vm, r);
    return safe_less(s, v, w);
  }
  if (!r) return -1;
  int t = r == vm->true_ ? 1 : r == vm->false_ ? 0 : obj_is_true(vm, r);
  decref(vm, r);
  return t;
}

// Exact strs of code points below 256: UTF-8 orders as code points do.
static int latin_less(Sorter *s, Object *v, Object *w) {
  (void)s;
  size_t nv = str_size(v), nw = str_size(w);
  int c = memcmp(str_data(v), str_data(w), nv < nw ? nv : nw);
  return c != 0 ? c < 0 : nv < nw;
}

// Exact ints of one 30-bit CPython digit.
static int bounded_int_less(Sorter *s, Object *v, Object *w) {
  (void)s;
  return int_small_value(v) < int_small_value(w);
}

static int float_less(Sorter *s, Object *v, Object *w) {
  (void)s;
  return float_value(v) < float_value(w);
}

// Non-empty tuples: equal leading items skipped with ==, the first
// different pair compared with tuple_elem_less if it is the first item.
static int tuple_less(Sorter *s, Object *v, Object *w) {
  ssize nv = tuple_size(v), nw = tuple_size(w), i;
  Object **a = tuple_items(v), **b = tuple_items(w);
  for (i = 0; i < nv && i < nw; i++) {
    int k = obj_richcompare_bool(s->vm, a[i], b[i], CMP_EQ);
    if (k < 0) return -1;
    if (!k) break;
  }
  if (i >= nv || i >= nw) return nv < nw;
  if (i == 0) return s->tuple_elem_less(s, a[0], b[0]);
  return obj_richcompare_bool(s->vm, a[i], b[i], CMP_LT);
}

// ---- The pre-sort check -------------------------------------------------------

static bool is_bounded_int(Vm *vm, Object *o) {
  if (o->type != vm->t.int_ || !int_is_small(o)) return false;
  int64_t x = int_small_value(o);
  return x > -(INT64_C(1) << 30) && x < (INT64_C(1) << 30);
}

static bool is_nonempty_tuple(Vm *vm, Object *o) {
  return o->type == vm->t.tuple && tuple_size(o) > 0;
}

// The comparison for keys all of [type] (and whether they passed the
// int/str range checks).
static SortLess same_type_compare(Sorter *s, TypeObject *type, bool latin,
                                  bool bounded) {
  Vm *vm = s->vm;
  if (type == vm->t.str && latin) return latin_less;
  if (type == vm->t.int_ && bounded) return bounded_int_less;
  if (type == vm->t.float_) return float_less;
  if ((s->key_richcompare = type->richcompare) != NULL) return same_type_less;
  return safe_less;
}

// Sets s->less from the [n] > 1 keys, as list_sort_impl's pre-sort check:
// the first key stands for all, then every key is checked.
static void choose_compare(Sorter *s, Object **keys, ssize n) {
  Vm *vm = s->vm;
  bool in_tuples = is_nonempty_tuple(vm, keys[0]);
  TypeObject *type = in_tuples ? tuple_items(keys[0])[0]->type : keys[0]->type;
  bool same = true, latin = true, bounded = true;
  for (ssize i = 0; i < n; i++) {
    if (in_tuples && !is_nonempty_tuple(vm, keys[i])) {
      in_tuples = same = false;
      break;
    }
    Object *k = in_tuples ? tuple_items(keys[i])[0] : keys[i];
    if (k->type != type) {
      same = false;
      if (!in_tuples) break;
    }
    if (same && type == vm->t.int_) bounded = bounded && is_bounded_int(vm, k);
    if (same && type == vm->t.str)
      latin = latin && ((StrObject *)k)->maxchar < 256;
  }
  s->less = same ? same_type_compare(s, type, latin, bounded) : safe_less;
  if (in_tuples) {
    s->tuple_elem_less = type == vm->t.tuple ? safe_less : s->less;
    s->less = tuple_less;
  }
}

// ---- list.sort ----------------------------------------------------------------

static void reverse_objects(Object **a, ssize n) {
  for (ssize i = 0, j = n - 1; i < j; i++, j--) {
    Object *t = a[i];
    a[i] = a[j];
    a[j] = t;
  }
}

// key(item) for every item, in order; NULL on error (the keys made so far
// dropped, last first).
static Object **compute_keys(Vm *vm, Object *key, Object **items, ssize n) {
  Object **keys = malloc(sizeof(Object *) * (size_t)(n ? n : 1));
  if (!keys) return err_no_memory(vm);
  for (ssize i = 0; i < n; i++) {
    keys[i] = obj_call1(vm, key, items[i]);
    if (!keys[i]) {
      while (--i >= 0) decref(vm, keys[i]);
      free(keys);
      return NULL;
    }
  }
  return keys;
}

// Sorts [items] in place (the list's own array, taken from it). On error
// they are left in whatever order the sort had reached, as CPython.
static int sort_items(Vm *vm, Object **items, ssize n, Object *key,
                      bool reverse) {
  Object **keys = NULL;
  if (key && !(keys = compute_keys(vm, key, items, n))) return -1;
  Sorter s = {.vm = vm, .less = safe_less};
  if (n > 1) choose_compare(&s, keys ? keys : items, n);
  if (reverse && n > 1) {
    if (keys) reverse_objects(keys, n);
    reverse_objects(items, n);
  }
  int status = timsort(&s, keys ? keys : items, keys ? items : NULL, n);
  for (ssize i = 0; keys && i < n; i++) decref(vm, keys[i]);
  free(keys);
  if (reverse && n > 1) reverse_objects(items, n);
  timsort_free(&s);
  return status;
}

int list_sort(Vm *vm, Object *l, Object *key, bool reverse) {
  ListObject *lo = (ListObject *)l;
  ssize n = lo->size, allocated = lo->allocated;
  Object **items = lo->items;
  lo->items = NULL; // the list looks empty while it is being sorted
  lo->size = 0;
  lo->allocated = -1;
  if (n && TRACE_ABOUT(vm, l)) trace_emit(vm, EV_SEQ_CLEAR, 0, 0, l->serial, 0, 0);
  int status = sort_items(vm, items, n, key, reverse);
  // Anything the comparisons put into the list is dropped.
  Object **extra = lo->items;
  ssize extra_n = lo->size, extra_cap = lo->allocated;
  bool modified = extra != NULL || lo->allocated != -1;
  lo->items = items;
  lo->size = n;
  lo->allocated = allocated;
  if (modified) {
    if (extra_n && TRACE_ABOUT(vm, l))
      trace_emit(vm, EV_SEQ_CLEAR, 0, 0, l->serial, 0, 0);
    for (ssize i = extra_n; --i >= 0;) xdecref(vm, extra[i]);
    if (extra) alloc_free(&vm->alloc, extra, sizeof(Object *) * (size_t)extra_cap);
    if (status == 0) {
      err_set(vm, vm->t.ValueError, "list modified during sort");
      status = -1;
    }
  }
  if (TRACE_ABOUT(vm, l))
    for (ssize i = 0; i < n; i++)
      trace_emit(vm, EV_SEQ_INSERT, 0, 0, l->serial, (uint32_t)i,
                 trace_obj(vm, items[i]));
  return status;
}
