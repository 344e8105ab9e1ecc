// list.c — the list type: CPython 3.11's over-allocation (list_resize,
// list_preallocate_exact) so sys.getsizeof matches, items released last to
// first, and every slot change reported to the trace (SEQ_*).
#include "list.h"

#include "abstract.h"
#include "args.h"
#include "errors.h"
#include "int.h"
#include "iter.h"
#include "sequtil.h"
#include "slice.h"
#include "str.h"
#include "trace.h"
#include "tuple.h"
#include "typeobj.h"
#include "vm.h"

// ---- Storage ---------------------------------------------------------------------

static ListObject *L(Object *o) { return (ListObject *)o; }

static int set_capacity(Vm *vm, ListObject *l, ssize cap) {
  size_t old = sizeof(Object *) * (size_t)l->allocated;
  size_t size = sizeof(Object *) * (size_t)cap;
  if (cap == 0) {
    alloc_free(&vm->alloc, l->items, old);
    l->items = NULL;
    l->allocated = 0;
    return 0;
  }
  if ((size_t)cap > SIZE_MAX / sizeof(Object *)) goto fail;
  Object **items = alloc_resize(&vm->alloc, l->items, old, size);
  if (!items) goto fail;
  l->items = items;
  l->allocated = cap;
  return 0;
fail:
  err_no_memory(vm);
  return -1;
}

// CPython's list_resize: sets the size, growing by ~1/8 (multiples of 4)
// or shrinking when below half the allocation.
static int list_resize(Vm *vm, ListObject *l, ssize newsize) {
  ssize allocated = l->allocated;
  if (allocated >= newsize && newsize >= (allocated >> 1)) {
    l->size = newsize;
    return 0;
  }
  size_t new_alloc = ((size_t)newsize + ((size_t)newsize >> 3) + 6) & ~(size_t)3;
  if (newsize - l->size > (ssize)(new_alloc - (size_t)newsize))
    new_alloc = ((size_t)newsize + 3) & ~(size_t)3;
  if (newsize == 0) new_alloc = 0;
  if (set_capacity(vm, l, (ssize)new_alloc) < 0) return -1;
  l->size = newsize;
  return 0;
}

static int preallocate_exact(Vm *vm, ListObject *l, ssize n) {
  return set_capacity(vm, l, (n + 1) & ~(ssize)1);
}

static Object *list_alloc(Vm *vm, TypeObject *type) {
  ListObject *l = (ListObject *)obj_alloc(vm, type, sizeof(ListObject));
  if (!l) return NULL;
  gc_track(vm, AS_OBJ(l));
  return AS_OBJ(l);
}

Object *list_new(Vm *vm, ssize n) {
  Object *o = list_alloc(vm, vm->t.list);
  if (!o) return NULL;
  if (n > 0) {
    if (set_capacity(vm, L(o), n) < 0) {
      decref(vm, o);
      return NULL;
    }
    memset(L(o)->items, 0, sizeof(Object *) * (size_t)n);
    L(o)->size = n;
  }
  return o;
}

Object *list_new_with_capacity(Vm *vm, ssize capacity) {
  Object *o = list_alloc(vm, vm->t.list);
  if (o && capacity > 0 && set_capacity(vm, L(o), capacity) < 0) {
    decref(vm, o);
    return NULL;
  }
  return o;
}

// ---- Slot updates (each reported to the trace) --------------------------------------

static void trace_set(Vm *vm, Object *l, ssize i, Object *v) {
  if (TRACE_ABOUT(vm, l))
    trace_emit(vm, EV_SEQ_SET, 0, 0, l->serial, (uint32_t)i,
               v ? trace_obj(vm, v) : 0);
}

void list_init_item(Vm *vm, Object *l, ssize i, Object *item) {
  L(l)->items[i] = item;
  trace_set(vm, l, i, item);
}

void list_set_item(Vm *vm, Object *l, ssize i, Object *item) {
  Object *old = L(l)->items[i];
  L(l)->items[i] = newref(vm, item);
  trace_set(vm, l, i, item);
  xdecref(vm, old);
}

int list_append(Vm *vm, Object *l, Object *item) {
  ListObject *lo = L(l);
  ssize n = lo->size;
  if (lo->allocated > n) {
    lo->size = n + 1;
  } else if (list_resize(vm, lo, n + 1) < 0) {
    return -1;
  }
  lo->items[n] = newref(vm, item);
  if (TRACE_ABOUT(vm, l))
    trace_emit(vm, EV_SEQ_INSERT, 0, 0, l->serial, (uint32_t)n,
               trace_obj(vm, item));
  return 0;
}

int list_insert(Vm *vm, Object *l, ssize where, Object *item) {
  ListObject *lo = L(l);
  ssize n = lo->size;
  if (list_resize(vm, lo, n + 1) < 0) return -1;
  if (where < 0) {
    where += n;
    if (where < 0) where = 0;
  }
  if (where > n) where = n;
  memmove(&lo->items[where + 1], &lo->items[where],
          sizeof(Object *) * (size_t)(n - where));
  lo->items[where] = newref(vm, item);
  if (TRACE_ABOUT(vm, l))
    trace_emit(vm, EV_SEQ_INSERT, 0, 0, l->serial, (uint32_t)where,
               trace_obj(vm, item));
  return 0;
}

// Removes item [i] and returns it (the reference the list held).
static Object *list_take(Vm *vm, Object *l, ssize i) {
  ListObject *lo = L(l);
  Object *v = lo->items[i];
  memmove(&lo->items[i], &lo->items[i + 1],
          sizeof(Object *) * (size_t)(lo->size - i - 1));
  if (TRACE_ABOUT(vm, l)) trace_emit(vm, EV_SEQ_DEL, 0, 0, l->serial, (uint32_t)i, 0);
  list_resize(vm, lo, lo->size - 1); // shrinking cannot fail
  return v;
}

Object *list_pop_at(Vm *vm, Object *l, ssize i) { return list_take(vm, l, i); }

// Empties the list, then drops the items last to first (_list_clear).
static void list_clear_items(Vm *vm, Object *l) {
  ListObject *lo = L(l);
  Object **items = lo->items;
  ssize n = lo->size, cap = lo->allocated;
  if (!items) return;
  lo->items = NULL;
  lo->size = lo->allocated = 0;
  if (TRACE_ABOUT(vm, l)) trace_emit(vm, EV_SEQ_CLEAR, 0, 0, l->serial, 0, 0);
  while (--n >= 0) xdecref(vm, items[n]);
  alloc_free(&vm->alloc, items, sizeof(Object *) * (size_t)cap);
}

int list_extend(Vm *vm, Object *l, Object *iterable) {
  ListObject *lo = L(l);
  if (iterable->type == vm->t.list || iterable->type == vm->t.tuple ||
      iterable == l) {
    ssize n = seqlike_size(iterable), m = lo->size;
    if (n == 0) return 0;
    incref(vm, iterable);
    int r = lo->items == NULL ? preallocate_exact(vm, lo, n)
                              : list_resize(vm, lo, m + n);
    if (r == 0) {
      lo->size = m + n;
      for (ssize i = 0; i < n; i++) {
        Object *v = seqlike_item(iterable, i);
        lo->items[m + i] = newref(vm, v);
        if (TRACE_ABOUT(vm, l))
          trace_emit(vm, EV_SEQ_INSERT, 0, 0, l->serial, (uint32_t)(m + i),
                     trace_obj(vm, v));
      }
    }
    decref(vm, iterable);
    return r;
  }
  Object *it = obj_get_iter(vm, iterable);
  if (!it) return -1;
  ssize n = obj_length_hint(vm, iterable, 8);
  if (n < 0) {
    decref(vm, it);
    return -1;
  }
  ssize m = lo->size;
  if (lo->items == NULL) {
    if (n && preallocate_exact(vm, lo, n) < 0) goto error;
  } else {
    if (list_resize(vm, lo, m + n) < 0) goto error;
    lo->size = m;
  }
  Object *item;
  while ((item = iter_next(vm, it)) != NULL) {
    int r = list_append(vm, l, item);
    decref(vm, item);
    if (r < 0) goto error;
  }
  if (err_occurred(vm)) goto error;
  if (lo->size < lo->allocated) list_resize(vm, lo, lo->size);
  decref(vm, it);
  return 0;
error:
  decref(vm, it);
  return -1;
}

Object *list_from_iterable(Vm *vm, Object *iterable) {
  Object *l = list_new(vm, 0);
  if (l && list_extend(vm, l, iterable) < 0) {
    decref(vm, l);
    return NULL;
  }
  return l;
}

Object *list_as_tuple(Vm *vm, Object *l) {
  Object *t = tuple_new(vm, list_size(l));
  if (!t) return NULL;
  for (ssize i = 0; i < list_size(l); i++)
    tuple_init_item(vm, t, i, newref(vm, list_get(l, i)));
  return t;
}

// ---- GC support and deallocation ------------------------------------------------------

static int list_traverse(Object *self, VisitFn visit, void *arg) {
  ListObject *l = L(self);
  for (ssize i = l->size; --i >= 0;) {
    if (l->items[i]) {
      int r = visit(l->items[i], arg);
      if (r) return r;
    }
  }
  return 0;
}

static void list_gc_clear(Vm *vm, Object *self) { list_clear_items(vm, self); }

static void list_dealloc(Vm *vm, Object *self) {
  ListObject *l = L(self);
  if (l->items) {
    for (ssize i = l->size; --i >= 0;) {
      Object *v = l->items[i];
      if (!v) continue;
      l->items[i] = NULL;
      trace_set(vm, self, i, NULL);
      decref(vm, v);
    }
    alloc_free(&vm->alloc, l->items, sizeof(Object *) * (size_t)l->allocated);
    l->items = NULL;
  }
  obj_free_memory(vm, self);
}

// ---- repr and comparison ----------------------------------------------------------------

static Object *list_repr(Vm *vm, Object *self) {
  if (list_size(self) == 0) return str_from_cstr(vm, "[]");
  int r = repr_enter(vm, self);
  if (r != 0) return r > 0 ? str_from_cstr(vm, "[...]") : NULL;
  Object *s = seq_repr(vm, self, "[", "]");
  repr_leave(vm, self);
  return s;
}

static Object *list_richcompare(Vm *vm, Object *a, Object *b, int op) {
  if (!is_list(a) || !is_list(b)) return vm_notimpl(vm);
  return seq_richcompare(vm, a, b, op);
}

// ---- Item access ----------------------------------------------------------------------------

static ssize list_len(Vm *vm, Object *self) {
  UNUSED(vm);
  return list_size(self);
}

static Object *list_slice(Vm *vm, Object *self, Object *key) {
  ssize start, stop, step;
  if (slice_unpack(vm, key, &start, &stop, &step) < 0) return NULL;
  ssize n = slice_adjust(list_size(self), &start, &stop, step);
  Object *l = list_alloc(vm, vm->t.list);
  if (!l || n == 0) return l;
  if (preallocate_exact(vm, L(l), n) < 0) {
    decref(vm, l);
    return NULL;
  }
  L(l)->size = n;
  for (ssize i = 0, j = start; i < n; i++, j += step)
    list_init_item(vm, l, i, newref(vm, list_get(self, j)));
  return l;
}

static Object *list_getitem(Vm *vm, Object *self, Object *key) {
  if (is_slice(key)) return list_slice(vm, self, key);
  ssize i = seq_index(vm, key, list_size(self), "list", "list index out of range");
  if (i < 0) return NULL;
  return newref(vm, list_get(self, i));
}

static Object *fast_sequence(Vm *vm, Object *self, Object *v,
                             const char *msg);

// l[lo:hi] = items (or deletion when [v] is NULL): the replaced items are
// dropped last to first, after the list is consistent again.
static int assign_slice(Vm *vm, Object *self, ssize lo, ssize hi, Object *v) {
  ListObject *l = L(self);
  Object *seq = NULL;
  ssize n = 0;
  if (v) {
    seq = fast_sequence(vm, self, v, "can only assign an iterable");
    if (!seq) return -1;
    n = seqlike_size(seq);
  }
  ssize d = hi - lo, delta = n - d, size = l->size;
  Object **recycled = NULL;
  if (d > 0) {
    recycled = alloc_bytes(&vm->alloc, sizeof(Object *) * (size_t)d);
    if (!recycled) goto nomem;
    memcpy(recycled, &l->items[lo], sizeof(Object *) * (size_t)d);
  }
  if (delta < 0) {
    memmove(&l->items[hi + delta], &l->items[hi],
            sizeof(Object *) * (size_t)(size - hi));
    list_resize(vm, l, size + delta);
  } else if (delta > 0) {
    if (list_resize(vm, l, size + delta) < 0) goto nomem;
    memmove(&l->items[hi + delta], &l->items[hi],
            sizeof(Object *) * (size_t)(size - hi));
  }
  if (TRACE_ABOUT(vm, self)) {
    for (ssize k = d; --k >= 0;)
      trace_emit(vm, EV_SEQ_DEL, 0, 0, self->serial, (uint32_t)(lo + k), 0);
  }
  for (ssize k = 0; k < n; k++) {
    Object *w = seqlike_item(seq, k);
    l->items[lo + k] = newref(vm, w);
    if (TRACE_ABOUT(vm, self))
      trace_emit(vm, EV_SEQ_INSERT, 0, 0, self->serial, (uint32_t)(lo + k),
                 trace_obj(vm, w));
  }
  for (ssize k = d; --k >= 0;) xdecref(vm, recycled[k]);
  if (recycled) alloc_free(&vm->alloc, recycled, sizeof(Object *) * (size_t)d);
  xdecref(vm, seq);
  return 0;
nomem:
  if (recycled) alloc_free(&vm->alloc, recycled, sizeof(Object *) * (size_t)d);
  xdecref(vm, seq);
  err_no_memory(vm);
  return -1;
}

// del l[start::step] (step > 0, n > 0): the kept items close up, the list
// shrinks once, then the removed items are dropped first to last (CPython's
// list_ass_subscript).
static int delete_extended(Vm *vm, Object *self, ssize start, ssize step,
                           ssize n) {
  ListObject *l = L(self);
  Object **garbage = alloc_bytes(&vm->alloc, sizeof(Object *) * (size_t)n);
  if (!garbage) {
    err_no_memory(vm);
    return -1;
  }
  ssize w = start, k = 0;
  for (ssize r = start; r < l->size; r++) {
    if (k < n && r == start + k * step) garbage[k++] = l->items[r];
    else l->items[w++] = l->items[r];
  }
  if (vm->trace.on) {
    for (k = n; --k >= 0;)
      trace_emit(vm, EV_SEQ_DEL, 0, 0, self->serial,
                 (uint32_t)(start + k * step), 0);
  }
  list_resize(vm, l, l->size - n); // shrinking cannot fail
  for (k = 0; k < n; k++) decref(vm, garbage[k]);
  alloc_free(&vm->alloc, garbage, sizeof(Object *) * (size_t)n);
  return 0;
}

// PySequence_Fast for a slice assignment: a list or tuple as is (a copy of
// the list itself), else list(iter(v)); a TypeError from iter() becomes
// [msg].
static Object *fast_sequence(Vm *vm, Object *self, Object *v, const char *msg) {
  if (v == self) return list_from_iterable(vm, v);
  if (is_list(v) || is_tuple(v)) return newref(vm, v);
  Object *it = obj_get_iter(vm, v);
  if (!it) {
    if (err_matches(vm, vm->t.TypeError)) {
      err_clear(vm);
      err_set(vm, vm->t.TypeError, msg);
    }
    return NULL;
  }
  Object *r = list_from_iterable(vm, it);
  decref(vm, it);
  return r;
}

// l[start::step] = v: every item replaced first, then the old ones dropped
// first to last.
static int assign_extended(Vm *vm, Object *self, ssize start, ssize step,
                           ssize n, Object *v) {
  Object *seq =
      fast_sequence(vm, self, v, "must assign iterable to extended slice");
  if (!seq) return -1;
  if (seqlike_size(seq) != n) {
    err_format(vm, vm->t.ValueError,
               "attempt to assign sequence of size %zd to extended slice of "
               "size %zd",
               (ssize)seqlike_size(seq), (ssize)n);
    decref(vm, seq);
    return -1;
  }
  Object **garbage = n ? alloc_bytes(&vm->alloc, sizeof(Object *) * (size_t)n)
                       : NULL;
  if (n && !garbage) {
    decref(vm, seq);
    err_no_memory(vm);
    return -1;
  }
  for (ssize k = 0, j = start; k < n; k++, j += step) {
    Object *w = seqlike_item(seq, k);
    garbage[k] = L(self)->items[j];
    L(self)->items[j] = newref(vm, w);
    trace_set(vm, self, j, w);
  }
  for (ssize k = 0; k < n; k++) decref(vm, garbage[k]);
  if (garbage) alloc_free(&vm->alloc, garbage, sizeof(Object *) * (size_t)n);
  decref(vm, seq);
  return 0;
}

static int list_setitem(Vm *vm, Object *self, Object *key, Object *v) {
  if (is_slice(key)) {
    ssize start, stop, step;
    if (slice_unpack(vm, key, &start, &stop, &step) < 0) return -1;
    ssize n = slice_adjust(list_size(self), &start, &stop, step);
    if (step == 1) return assign_slice(vm, self, start, stop < start ? start : stop, v);
    if (v) return assign_extended(vm, self, start, step, n, v);
    if (n <= 0) return 0;
    if (step < 0) {
      // CPython normalizes a negative step before deleting.
      start = start + step * (n - 1);
      step = -step;
    }
    return delete_extended(vm, self, start, step, n);
  }
  const char *range_msg = v ? "list assignment index out of range"
                            : "list assignment index out of range";
  ssize i = seq_index(vm, key, list_size(self), "list", range_msg);
  if (i < 0) return -1;
  if (v) {
    list_set_item(vm, self, i, v);
  } else {
    Object *old = list_take(vm, self, i);
    decref(vm, old);
  }
  return 0;
}

static int list_contains(Vm *vm, Object *self, Object *item) {
  for (ssize i = 0; i < list_size(self); i++) {
    Object *x = newref(vm, list_get(self, i));
    int r = obj_richcompare_bool(vm, x, item, CMP_EQ);
    decref(vm, x);
    if (r != 0) return r;
  }
  return 0;
}

static Object *list_concat(Vm *vm, Object *a, Object *b) {
  if (!is_list(b))
    return err_format(vm, vm->t.TypeError,
                      "can only concatenate list (not \"%s\") to list",
                      b->type->tp_name);
  ssize na = list_size(a), nb = list_size(b);
  Object *l = list_new(vm, na + nb);
  if (!l) return NULL;
  for (ssize i = 0; i < na; i++) list_init_item(vm, l, i, newref(vm, list_get(a, i)));
  for (ssize i = 0; i < nb; i++)
    list_init_item(vm, l, na + i, newref(vm, list_get(b, i)));
  return l;
}

static Object *list_repeat(Vm *vm, Object *a, ssize n) {
  ssize len = list_size(a);
  if (n < 0) n = 0;
  if (len && n > INTPTR_MAX / len / (ssize)sizeof(Object *))
    return err_no_memory(vm);
  if (alloc_over_limit(&vm->alloc, (size_t)(len * n) * sizeof(Object *)))
    return err_no_memory(vm);
  Object *l = list_new(vm, len * n);
  if (!l) return NULL;
  for (ssize k = 0; k < n; k++)
    for (ssize i = 0; i < len; i++)
      list_init_item(vm, l, k * len + i, newref(vm, list_get(a, i)));
  return l;
}

static Object *list_inplace_concat(Vm *vm, Object *self, Object *other) {
  if (list_extend(vm, self, other) < 0) return NULL;
  return newref(vm, self);
}

static Object *list_inplace_repeat(Vm *vm, Object *self, ssize n) {
  ssize len = list_size(self);
  if (len == 0 || n == 1) return newref(vm, self);
  if (n < 1) {
    list_clear_items(vm, self);
    return newref(vm, self);
  }
  if (len > INTPTR_MAX / n / (ssize)sizeof(Object *) ||
      alloc_over_limit(&vm->alloc, (size_t)(len * n) * sizeof(Object *)))
    return err_no_memory(vm);
  if (list_resize(vm, L(self), len * n) < 0) return NULL;
  for (ssize k = 1; k < n; k++)
    for (ssize i = 0; i < len; i++) {
      Object *v = L(self)->items[i];
      L(self)->items[k * len + i] = newref(vm, v);
      if (TRACE_ABOUT(vm, self))
        trace_emit(vm, EV_SEQ_INSERT, 0, 0, self->serial,
                   (uint32_t)(k * len + i), trace_obj(vm, v));
    }
  return newref(vm, self);
}

static Object *list_iter(Vm *vm, Object *self) {
  return seqiter_new(vm, vm->t.list_iter, self);
}

// ---- Methods ---------------------------------------------------------------------------------

#define METHOD(name)                                                           \
  static Object *list_##name(Vm *vm, Object *self, Object *const *args,        \
                             size_t nargs, Object *kw)

METHOD(append_m) {
  Object *v;
  if (parse_args(vm, "list.append", args, nargs, kw, "1O:object", &v) < 0)
    return NULL;
  return list_append(vm, self, v) < 0 ? NULL : vm_none(vm);
}

METHOD(extend_m) {
  Object *v;
  if (parse_args(vm, "list.extend", args, nargs, kw, "1O:iterable", &v) < 0)
    return NULL;
  return list_extend(vm, self, v) < 0 ? NULL : vm_none(vm);
}

METHOD(insert_m) {
  ssize i;
  Object *v;
  if (parse_args(vm, "list.insert", args, nargs, kw, "CnO:index,object", &i,
                 &v) < 0)
    return NULL;
  return list_insert(vm, self, i, v) < 0 ? NULL : vm_none(vm);
}

METHOD(pop_m) {
  ssize i = -1;
  if (parse_args(vm, "list.pop", args, nargs, kw, "C|n:index", &i) < 0)
    return NULL;
  ssize n = list_size(self);
  if (n == 0) {
    err_set(vm, vm->t.IndexError, "pop from empty list");
    return NULL;
  }
  if (i < 0) i += n;
  if (i < 0 || i >= n) {
    err_set(vm, vm->t.IndexError, "pop index out of range");
    return NULL;
  }
  return list_take(vm, self, i);
}

METHOD(remove_m) {
  Object *v;
  if (parse_args(vm, "list.remove", args, nargs, kw, "1O:value", &v) < 0)
    return NULL;
  for (ssize i = 0; i < list_size(self); i++) {
    Object *x = newref(vm, list_get(self, i));
    int r = obj_richcompare_bool(vm, x, v, CMP_EQ);
    decref(vm, x);
    if (r < 0) return NULL;
    if (r) {
      if (i < list_size(self)) decref(vm, list_take(vm, self, i));
      return vm_none(vm);
    }
  }
  err_set(vm, vm->t.ValueError, "list.remove(x): x not in list");
  return NULL;
}

METHOD(clear_m) {
  if (parse_args(vm, "list.clear", args, nargs, kw, "N") < 0) return NULL;
  list_clear_items(vm, self);
  return vm_none(vm);
}

METHOD(copy_m) {
  if (parse_args(vm, "list.copy", args, nargs, kw, "N") < 0) return NULL;
  Object *l = list_new(vm, list_size(self));
  if (!l) return NULL;
  for (ssize i = 0; i < list_size(self); i++)
    list_init_item(vm, l, i, newref(vm, list_get(self, i)));
  return l;
}

METHOD(count_m) {
  Object *v;
  if (parse_args(vm, "list.count", args, nargs, kw, "1O:value", &v) < 0)
    return NULL;
  return seq_count(vm, self, v);
}

METHOD(index_m) { return seq_index_method(vm, self, args, nargs, kw); }

static void reverse_range(Vm *vm, Object *self, ssize lo, ssize hi) {
  Object **items = L(self)->items;
  for (ssize i = lo, j = hi - 1; i < j; i++, j--) {
    Object *t = items[i];
    items[i] = items[j];
    items[j] = t;
  }
  for (ssize i = lo; vm->trace.on && i < hi; i++) trace_set(vm, self, i, items[i]);
}

METHOD(reverse_m) {
  if (parse_args(vm, "list.reverse", args, nargs, kw, "N") < 0) return NULL;
  reverse_range(vm, self, 0, list_size(self));
  return vm_none(vm);
}

METHOD(sort_m) {
  Object *key = NULL;
  int reverse = 0;
  if (parse_args(vm, "sort", args, nargs, kw, "K|$Oi:key,reverse", &key,
                 &reverse) < 0)
    return NULL;
  if (key == vm->none) key = NULL;
  return list_sort(vm, self, key, reverse) < 0 ? NULL : vm_none(vm);
}

METHOD(sizeof_m) {
  if (parse_args(vm, "list.__sizeof__", args, nargs, kw, "N") < 0) return NULL;
  // _PyObject_SIZE(type): a subclass's own fields count too.
  return int_from_i64(vm, self->type->py_basicsize + 8 * L(self)->allocated);
}

METHOD(reversed_m) {
  if (parse_args(vm, "list.__reversed__", args, nargs, kw, "N") < 0) return NULL;
  return seqiter_new(vm, vm->t.list_reviter, self);
}

static const MethodDef list_methods[] = {
    {"append", list_append_m, 0, NULL},
    {"extend", list_extend_m, 0, NULL},
    {"insert", list_insert_m, 0, NULL},
    {"pop", list_pop_m, 0, NULL},
    {"remove", list_remove_m, 0, NULL},
    {"clear", list_clear_m, 0, NULL},
    {"copy", list_copy_m, 0, NULL},
    {"count", list_count_m, 0, NULL},
    {"index", list_index_m, 0, NULL},
    {"reverse", list_reverse_m, 0, NULL},
    {"sort", list_sort_m, 0, NULL},
    {"__sizeof__", list_sizeof_m, 0, NULL},
    {"__reversed__", list_reversed_m, 0, NULL},
    {NULL, NULL, 0, NULL}};

// ---- Construction -----------------------------------------------------------------------------

static Object *list_tp_new(Vm *vm, TypeObject *type, Object *const *args,
                           size_t nargs, Object *kwnames) {
  UNUSED(args);
  UNUSED(nargs);
  UNUSED(kwnames);
  return list_alloc(vm, type);
}

static int list_tp_init(Vm *vm, Object *self, Object *const *args,
                        size_t nargs, Object *kwnames) {
  Object *it = NULL;
  if (no_keywords(vm, "list", kwnames) < 0) return -1;
  if (parse_args(vm, "list", args, nargs, NULL, "C|O:iterable", &it) < 0)
    return -1;
  if (list_size(self) > 0) list_clear_items(vm, self);
  if (!it) return 0;
  // 3.11's list___init__: list_extend alone sizes the list (its length hint
  // ignores a TypeError from __len__).
  return list_extend(vm, self, it);
}

void list_type_init(Vm *vm) {
  TypeObject *t = vm->t.list;
  t->py_basicsize = 40;
  t->dealloc = list_dealloc;
  t->traverse = list_traverse;
  t->clear = list_gc_clear;
  t->repr = list_repr;
  t->richcompare = list_richcompare;
  t->len = list_len;
  t->getitem = list_getitem;
  t->setitem = list_setitem;
  t->contains = list_contains;
  t->sq_concat = list_concat;
  t->sq_repeat = list_repeat;
  t->sq_inplace_concat = list_inplace_concat;
  t->sq_inplace_repeat = list_inplace_repeat;
  t->iter = list_iter;
  t->tp_new = list_tp_new;
  t->tp_init = list_tp_init;
  type_add_methods(vm, t, list_methods);
}
