// listsort.c — list.sort(): a stable merge sort on `<`, with CPython's
// visible behaviour: keys computed first in order, reverse=True keeps
// stability, the list looks empty while sorting, and a list changed by a
// comparison raises "list modified during sort".
#include "abstract.h"
#include "errors.h"
#include "list.h"
#include "trace.h"
#include "vm.h"

typedef struct SortItem {
  Object *key;   // what is compared
  Object *value; // the list item
} SortItem;

// 1 if a < b, 0 if not, -1 on error.
static int less(Vm *vm, Object *a, Object *b) {
  return obj_richcompare_bool(vm, a, b, CMP_LT);
}

static int insertion_sort(Vm *vm, SortItem *v, ssize lo, ssize hi) {
  for (ssize i = lo + 1; i < hi; i++) {
    SortItem x = v[i];
    ssize l = lo, r = i;
    while (l < r) { // binary search for the first element > x (stable)
      ssize m = l + (r - l) / 2;
      int c = less(vm, x.key, v[m].key);
      if (c < 0) return -1;
      if (c) r = m;
      else l = m + 1;
    }
    memmove(&v[l + 1], &v[l], sizeof(SortItem) * (size_t)(i - l));
    v[l] = x;
  }
  return 0;
}

static int merge(Vm *vm, SortItem *v, SortItem *tmp, ssize lo, ssize mid,
                 ssize hi) {
  memcpy(tmp + lo, v + lo, sizeof(SortItem) * (size_t)(hi - lo));
  ssize i = lo, j = mid, k = lo;
  while (i < mid && j < hi) {
    int c = less(vm, tmp[j].key, tmp[i].key);
    if (c < 0) {
      // Restore a consistent permutation before failing.
      while (i < mid) v[k++] = tmp[i++];
      while (j < hi) v[k++] = tmp[j++];
      return -1;
    }
    v[k++] = c ? tmp[j++] : tmp[i++];
  }
  while (i < mid) v[k++] = tmp[i++];
  while (j < hi) v[k++] = tmp[j++];
  return 0;
}

static int merge_sort(Vm *vm, SortItem *v, SortItem *tmp, ssize n) {
  enum { RUN = 32 };
  for (ssize lo = 0; lo < n; lo += RUN) {
    ssize hi = lo + RUN < n ? lo + RUN : n;
    if (insertion_sort(vm, v, lo, hi) < 0) return -1;
  }
  for (ssize width = RUN; width < n; width *= 2) {
    for (ssize lo = 0; lo + width < n; lo += 2 * width) {
      ssize mid = lo + width, hi = lo + 2 * width < n ? lo + 2 * width : n;
      if (merge(vm, v, tmp, lo, mid, hi) < 0) return -1;
    }
  }
  return 0;
}

static void reverse_items(SortItem *v, ssize n) {
  for (ssize i = 0, j = n - 1; i < j; i++, j--) {
    SortItem t = v[i];
    v[i] = v[j];
    v[j] = t;
  }
}

int list_sort(Vm *vm, Object *l, Object *key, bool reverse) {
  ListObject *lo = (ListObject *)l;
  ssize n = lo->size, allocated = lo->allocated;
  Object **items = lo->items;
  lo->items = NULL; // the list looks empty while it is being sorted
  lo->size = 0;
  lo->allocated = -1;
  if (n && TRACE_ABOUT(vm, l)) trace_emit(vm, EV_SEQ_CLEAR, 0, 0, l->serial, 0, 0);
  int status = 0;
  SortItem *v = NULL, *tmp = NULL;
  ssize nkeys = 0;
  if (n == 1 && key) { // CPython computes the one key too
    Object *k = obj_call1(vm, key, items[0]);
    if (k) decref(vm, k);
    else status = -1;
  }
  if (n > 1) {
    v = alloc_bytes(&vm->alloc, sizeof(SortItem) * (size_t)n);
    tmp = alloc_bytes(&vm->alloc, sizeof(SortItem) * (size_t)n);
    if (!v || !tmp) {
      err_no_memory(vm);
      status = -1;
    }
    for (ssize i = 0; status == 0 && i < n; i++) {
      v[i].value = items[i];
      v[i].key = key ? obj_call1(vm, key, items[i]) : items[i];
      if (!v[i].key) status = -1;
      else if (key) nkeys++;
    }
    if (status == 0) {
      if (reverse) reverse_items(v, n);
      status = merge_sort(vm, v, tmp, n);
      if (reverse) reverse_items(v, n);
    }
    if (status == 0)
      for (ssize i = 0; i < n; i++) items[i] = v[i].value;
    for (ssize i = 0; key && i < nkeys; i++) decref(vm, v[i].key);
  }
  if (v) alloc_free(&vm->alloc, v, sizeof(SortItem) * (size_t)n);
  if (tmp) alloc_free(&vm->alloc, tmp, sizeof(SortItem) * (size_t)n);
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
