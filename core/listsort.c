// listsort.c — list.sort(): CPython 3.11's timsort (Objects/listsort.txt),
// so a program sees the same `<` calls in the same order, and a sort that
// fails part-way leaves the same partly sorted list: natural runs (strictly
// descending ones reversed), short runs extended by binary insertion to
// minrun, the powersort merge policy, merges that gallop once one side
// keeps winning. Also CPython's visible rules: keys computed first in
// order, reverse=True keeps stability, the list looks empty while sorting,
// and a list changed by a comparison raises "list modified during sort".
#include "abstract.h"
#include "errors.h"
#include "list.h"
#include "trace.h"
#include "tuple.h"
#include "vm.h"

#include <string.h>

enum { MIN_GALLOP = 7, MAX_PENDING = 85 };

// What is sorted: keys, and the list items moved along with them (values
// is NULL when there is no key function: the items are the keys).
typedef struct Slice {
  Object **keys, **values;
} Slice;

typedef struct Run {
  Slice base;
  ssize len;
  int power;
} Run;

typedef enum { CMP_PLAIN, CMP_SAME_TYPE } CmpKind;

typedef struct Sorter {
  Vm *vm;
  Object **basekeys;
  ssize listlen, min_gallop;
  Slice tmp; // merge buffer
  ssize tmp_cap;
  Run pending[MAX_PENDING];
  int n;
  // The pre-sort check's choice (unsafe_object_compare, tuple keys).
  CmpKind kind, elem_kind;
  bool tuples;
  RichCmpFn richcmp;
} Sorter;

// ---- Comparisons ---------------------------------------------------------------

static int lt_plain(Vm *vm, Object *v, Object *w) {
  return obj_richcompare_bool(vm, v, w, CMP_LT);
}

// Keys all of one type: that type's comparison called directly (a second,
// full comparison when it answers NotImplemented).
static int lt_same_type(Sorter *s, Object *v, Object *w) {
  Vm *vm = s->vm;
  if (v->type->richcompare != s->richcmp) return lt_plain(vm, v, w);
  Object *r = s->richcmp(vm, v, w, CMP_LT);
  if (r == vm->notimpl) {
    decref(vm, r);
    return lt_plain(vm, v, w);
  }
  if (!r) return -1;
  int t = r == vm->true_ ? 1 : r == vm->false_ ? 0 : obj_is_true(vm, r);
  decref(vm, r);
  return t;
}

static int lt_kind(Sorter *s, CmpKind kind, Object *v, Object *w) {
  return kind == CMP_SAME_TYPE ? lt_same_type(s, v, w) : lt_plain(s->vm, v, w);
}

// Non-empty tuples: the first unequal items decide (the first ones with
// the element comparison chosen for them).
static int lt_tuple(Sorter *s, Object *v, Object *w) {
  ssize vn = tuple_size(v), wn = tuple_size(w), i = 0;
  for (; i < vn && i < wn; i++) {
    int eq = obj_richcompare_bool(s->vm, tuple_get(v, i), tuple_get(w, i),
                                  CMP_EQ);
    if (eq < 0) return -1;
    if (!eq) break;
  }
  if (i >= vn || i >= wn) return vn < wn;
  if (i == 0) return lt_kind(s, s->elem_kind, tuple_get(v, 0), tuple_get(w, 0));
  return lt_plain(s->vm, tuple_get(v, i), tuple_get(w, i));
}

// 1 if v < w, 0 if not, -1 on error.
static int less(Sorter *s, Object *v, Object *w) {
  return s->tuples ? lt_tuple(s, v, w) : lt_kind(s, s->kind, v, w);
}

static bool nonempty_tuple(Vm *vm, Object *o) {
  return o->type == vm->t.tuple && tuple_size(o) > 0;
}

// The pre-sort check: are the keys (or the first items of tuple keys) all
// of one type?
static void choose_compare(Sorter *s, Object **keys, ssize n) {
  Vm *vm = s->vm;
  bool tuples = nonempty_tuple(vm, keys[0]), same = true;
  TypeObject *t = (tuples ? tuple_get(keys[0], 0) : keys[0])->type;
  for (ssize i = 0; i < n; i++) {
    if (tuples && !nonempty_tuple(vm, keys[i])) {
      tuples = same = false;
      break;
    }
    Object *k = tuples ? tuple_get(keys[i], 0) : keys[i];
    if (k->type != t) {
      same = false;
      if (!tuples) break;
    }
  }
  s->richcmp = t->richcompare;
  CmpKind kind = same && t->richcompare ? CMP_SAME_TYPE : CMP_PLAIN;
  s->tuples = tuples;
  s->kind = tuples ? CMP_PLAIN : kind;
  s->elem_kind = t == vm->t.tuple ? CMP_PLAIN : kind;
}

// ---- Moving keys and their values together -------------------------------------

static void slice_advance(Slice *s, ssize n) {
  s->keys += n;
  if (s->values) s->values += n;
}

static void slice_copy(Slice *dst, ssize di, const Slice *src, ssize si,
                       ssize n) {
  memcpy(dst->keys + di, src->keys + si, sizeof(Object *) * (size_t)n);
  if (dst->values)
    memcpy(dst->values + di, src->values + si, sizeof(Object *) * (size_t)n);
}

static void slice_move(Slice *dst, ssize di, const Slice *src, ssize si,
                       ssize n) {
  memmove(dst->keys + di, src->keys + si, sizeof(Object *) * (size_t)n);
  if (dst->values)
    memmove(dst->values + di, src->values + si, sizeof(Object *) * (size_t)n);
}

// *dst++ = *src++ (or -- for both).
static void copy_step(Slice *dst, Slice *src, ssize step) {
  slice_copy(dst, 0, src, 0, 1);
  slice_advance(dst, step);
  slice_advance(src, step);
}

static void reverse_ptrs(Object **lo, Object **hi) {
  for (--hi; lo < hi; lo++, hi--) {
    Object *t = *lo;
    *lo = *hi;
    *hi = t;
  }
}

static void reverse_slice(Slice *s, ssize n) {
  reverse_ptrs(s->keys, s->keys + n);
  if (s->values) reverse_ptrs(s->values, s->values + n);
}

static int get_memory(Sorter *s, ssize need) {
  if (need <= s->tmp_cap) return 0;
  Allocator *a = &s->vm->alloc;
  size_t old = sizeof(Object *) * (size_t)s->tmp_cap;
  if (s->tmp.keys) alloc_free(a, s->tmp.keys, old);
  if (s->tmp.values) alloc_free(a, s->tmp.values, old);
  bool values = s->tmp.values != NULL || s->tmp_cap < 0;
  s->tmp.keys = alloc_bytes(a, sizeof(Object *) * (size_t)need);
  s->tmp.values = values ? alloc_bytes(a, sizeof(Object *) * (size_t)need)
                         : NULL;
  s->tmp_cap = need;
  if (s->tmp.keys && (!values || s->tmp.values)) return 0;
  err_no_memory(s->vm);
  return -1;
}

// ---- Runs and binary insertion --------------------------------------------------

// Sorts lo[0..n) by binary insertion; lo[0..start) is sorted already.
static int binary_sort(Sorter *s, Slice lo, ssize n, ssize start) {
  if (start == 0) start = 1;
  for (; start < n; start++) {
    Object *pivot = lo.keys[start];
    ssize l = 0, r = start;
    do {
      ssize p = l + ((r - l) >> 1);
      int c = less(s, pivot, lo.keys[p]);
      if (c < 0) return -1;
      if (c) r = p;
      else l = p + 1;
    } while (l < r);
    memmove(lo.keys + l + 1, lo.keys + l, sizeof(Object *) * (size_t)(start - l));
    lo.keys[l] = pivot;
    if (lo.values) {
      Object *v = lo.values[start];
      memmove(lo.values + l + 1, lo.values + l,
              sizeof(Object *) * (size_t)(start - l));
      lo.values[l] = v;
    }
  }
  return 0;
}

// Length of the run at lo[0..n): non-descending, or strictly descending
// (*desc). -1 on error.
static ssize count_run(Sorter *s, Object **lo, ssize n, bool *desc) {
  *desc = false;
  if (n == 1) return 1;
  int c = less(s, lo[1], lo[0]);
  if (c < 0) return -1;
  *desc = c;
  ssize k = 2;
  for (; k < n; k++) {
    c = less(s, lo[k], lo[k - 1]);
    if (c < 0) return -1;
    if (c != *desc) break;
  }
  return k;
}

// ---- Galloping -----------------------------------------------------------------

// Where [key] goes in the sorted a[0..n): before equal elements (left) or
// after them (right), searching outwards from a[hint]. -1 on error.
static ssize gallop(Sorter *s, Object *key, Object **a, ssize n, ssize hint,
                    bool right) {
  ssize last = 0, ofs = 1;
  // "a[i] goes before key": a[i] < key (left), !(key < a[i]) (right).
#define BEFORE(i, out)                                                         \
  do {                                                                         \
    int c_ = right ? less(s, key, a[i]) : less(s, a[i], key);                  \
    if (c_ < 0) return -1;                                                     \
    out = right ? !c_ : c_;                                                    \
  } while (0)
  bool b;
  BEFORE(hint, b);
  if (b) { // gallop right: a[hint + last] before key, a[hint + ofs] not
    ssize max = n - hint;
    while (ofs < max) {
      BEFORE(hint + ofs, b);
      if (!b) break;
      last = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > max) ofs = max;
    last += hint;
    ofs += hint;
  } else { // gallop left
    ssize max = hint + 1;
    while (ofs < max) {
      BEFORE(hint - ofs, b);
      if (b) break;
      last = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > max) ofs = max;
    ssize k = last;
    last = hint - ofs;
    ofs = hint - k;
  }
  for (++last; last < ofs;) { // a[last-1] before key, a[ofs] not
    ssize m = last + ((ofs - last) >> 1);
    BEFORE(m, b);
    if (b) last = m + 1;
    else ofs = m;
  }
#undef BEFORE
  return ofs;
}

// ---- Merging -------------------------------------------------------------------

// Merges a[0..na) and b[0..nb) (b follows a) with a copy of the shorter
// one; the low side is copied here: na <= nb, a[na-1] ends the merge.
static int merge_lo(Sorter *s, Slice a, ssize na, Slice b, ssize nb) {
  if (get_memory(s, na) < 0) return -1;
  slice_copy(&s->tmp, 0, &a, 0, na);
  Slice dest = a;
  a = s->tmp;
  int result = -1;
  copy_step(&dest, &b, 1);
  if (--nb == 0) goto succeed;
  if (na == 1) goto copy_b;
  ssize min_gallop = s->min_gallop;
  for (;;) {
    ssize acount = 0, bcount = 0;
    for (;;) { // one at a time until a side keeps winning
      int c = less(s, b.keys[0], a.keys[0]);
      if (c < 0) goto fail;
      if (c) {
        copy_step(&dest, &b, 1);
        bcount++;
        acount = 0;
        if (--nb == 0) goto succeed;
        if (bcount >= min_gallop) break;
      } else {
        copy_step(&dest, &a, 1);
        acount++;
        bcount = 0;
        if (--na == 1) goto copy_b;
        if (acount >= min_gallop) break;
      }
    }
    min_gallop++;
    do { // galloping
      min_gallop -= min_gallop > 1;
      s->min_gallop = min_gallop;
      ssize k = gallop(s, b.keys[0], a.keys, na, 0, true);
      if (k < 0) goto fail;
      acount = k;
      if (k) {
        slice_copy(&dest, 0, &a, 0, k);
        slice_advance(&dest, k);
        slice_advance(&a, k);
        na -= k;
        if (na == 1) goto copy_b;
        if (na == 0) goto succeed; // an inconsistent comparison
      }
      copy_step(&dest, &b, 1);
      if (--nb == 0) goto succeed;
      k = gallop(s, a.keys[0], b.keys, nb, 0, false);
      if (k < 0) goto fail;
      bcount = k;
      if (k) {
        slice_move(&dest, 0, &b, 0, k);
        slice_advance(&dest, k);
        slice_advance(&b, k);
        nb -= k;
        if (nb == 0) goto succeed;
      }
      copy_step(&dest, &a, 1);
      if (--na == 1) goto copy_b;
    } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
    s->min_gallop = ++min_gallop; // penalty for leaving galloping
  }
succeed:
  result = 0;
fail:
  if (na) slice_copy(&dest, 0, &a, 0, na);
  return result;
copy_b: // the last of a goes after the rest of b
  slice_move(&dest, 0, &b, 0, nb);
  slice_copy(&dest, nb, &a, 0, 1);
  return 0;
}

// The mirror image: na >= nb, b is copied, the merge runs from the top.
static int merge_hi(Sorter *s, Slice a, ssize na, Slice b, ssize nb) {
  if (get_memory(s, nb) < 0) return -1;
  Slice dest = b, basea = a, baseb = s->tmp;
  slice_advance(&dest, nb - 1);
  slice_copy(&s->tmp, 0, &b, 0, nb);
  b = s->tmp;
  slice_advance(&b, nb - 1);
  slice_advance(&a, na - 1);
  int result = -1;
  copy_step(&dest, &a, -1);
  if (--na == 0) goto succeed;
  if (nb == 1) goto copy_a;
  ssize min_gallop = s->min_gallop;
  for (;;) {
    ssize acount = 0, bcount = 0;
    for (;;) {
      int c = less(s, b.keys[0], a.keys[0]);
      if (c < 0) goto fail;
      if (c) {
        copy_step(&dest, &a, -1);
        acount++;
        bcount = 0;
        if (--na == 0) goto succeed;
        if (acount >= min_gallop) break;
      } else {
        copy_step(&dest, &b, -1);
        bcount++;
        acount = 0;
        if (--nb == 1) goto copy_a;
        if (bcount >= min_gallop) break;
      }
    }
    min_gallop++;
    do {
      min_gallop -= min_gallop > 1;
      s->min_gallop = min_gallop;
      ssize k = gallop(s, b.keys[0], basea.keys, na, na - 1, true);
      if (k < 0) goto fail;
      k = na - k;
      acount = k;
      if (k) {
        slice_advance(&dest, -k);
        slice_advance(&a, -k);
        slice_move(&dest, 1, &a, 1, k);
        na -= k;
        if (na == 0) goto succeed;
      }
      copy_step(&dest, &b, -1);
      if (--nb == 1) goto copy_a;
      k = gallop(s, a.keys[0], baseb.keys, nb, nb - 1, false);
      if (k < 0) goto fail;
      k = nb - k;
      bcount = k;
      if (k) {
        slice_advance(&dest, -k);
        slice_advance(&b, -k);
        slice_copy(&dest, 1, &b, 1, k);
        nb -= k;
        if (nb == 1) goto copy_a;
        if (nb == 0) goto succeed; // an inconsistent comparison
      }
      copy_step(&dest, &a, -1);
      if (--na == 0) goto succeed;
    } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
    s->min_gallop = ++min_gallop;
  }
succeed:
  result = 0;
fail:
  if (nb) slice_copy(&dest, -(nb - 1), &baseb, 0, nb);
  return result;
copy_a: // the first of b goes before the rest of a
  slice_move(&dest, 1 - na, &a, 1 - na, na);
  slice_advance(&dest, -na);
  slice_advance(&a, -na);
  slice_copy(&dest, 0, &b, 0, 1);
  return 0;
}

// Merges pending runs i and i+1.
static int merge_at(Sorter *s, int i) {
  Slice a = s->pending[i].base, b = s->pending[i + 1].base;
  ssize na = s->pending[i].len, nb = s->pending[i + 1].len;
  s->pending[i].len = na + nb;
  if (i == s->n - 3) s->pending[i + 1] = s->pending[i + 2];
  s->n--;
  ssize k = gallop(s, b.keys[0], a.keys, na, 0, true); // a's head in place
  if (k < 0) return -1;
  slice_advance(&a, k);
  na -= k;
  if (na == 0) return 0;
  nb = gallop(s, a.keys[na - 1], b.keys, nb, nb - 1, false); // b's tail
  if (nb <= 0) return (int)nb;
  return na <= nb ? merge_lo(s, a, na, b, nb) : merge_hi(s, a, na, b, nb);
}

// The depth of the boundary between runs [s1, s1+n1) and [s1+n1,
// s1+n1+n2) in the ideal merge tree of a list of n (powersort).
static int run_power(ssize s1, ssize n1, ssize n2, ssize n) {
  ssize a = 2 * s1 + n1, b = a + n1 + n2; // twice the two midpoints
  int power = 0;
  for (;;) {
    power++;
    if (a >= n) {
      a -= n;
      b -= n;
    } else if (b >= n) {
      break;
    }
    a <<= 1;
    b <<= 1;
  }
  return power;
}

static int found_new_run(Sorter *s, ssize n2) {
  if (!s->n) return 0;
  Run *p = s->pending;
  ssize s1 = p[s->n - 1].base.keys - s->basekeys;
  int power = run_power(s1, p[s->n - 1].len, n2, s->listlen);
  while (s->n > 1 && p[s->n - 2].power > power)
    if (merge_at(s, s->n - 2) < 0) return -1;
  p[s->n - 1].power = power;
  return 0;
}

static int merge_force_collapse(Sorter *s) {
  Run *p = s->pending;
  while (s->n > 1) {
    int n = s->n - 2;
    if (n > 0 && p[n - 1].len < p[n + 1].len) n--;
    if (merge_at(s, n) < 0) return -1;
  }
  return 0;
}

// n if n < 64, else a k in [32, 64] with n/k just below a power of 2.
static ssize min_run(ssize n) {
  ssize r = 0;
  while (n >= 64) {
    r |= n & 1;
    n >>= 1;
  }
  return n + r;
}

static int timsort(Sorter *s, Slice lo, ssize n) {
  ssize remaining = n, minrun = min_run(n);
  do {
    bool desc;
    ssize run = count_run(s, lo.keys, remaining, &desc);
    if (run < 0) return -1;
    if (desc) reverse_slice(&lo, run);
    if (run < minrun) {
      ssize force = remaining <= minrun ? remaining : minrun;
      if (binary_sort(s, lo, force, run) < 0) return -1;
      run = force;
    }
    if (found_new_run(s, run) < 0) return -1;
    s->pending[s->n].base = lo;
    s->pending[s->n++].len = run;
    slice_advance(&lo, run);
    remaining -= run;
  } while (remaining);
  return merge_force_collapse(s);
}

// ---- list.sort -----------------------------------------------------------------

// Sorts items[0..n) (keys from [key] if given); the items stay a
// permutation, partly sorted, when a comparison fails.
static int sort_items(Vm *vm, Object **items, ssize n, Object *key,
                      bool reverse) {
  Object **keys = NULL;
  ssize nkeys = 0;
  int status = 0;
  if (key && n) {
    keys = alloc_bytes(&vm->alloc, sizeof(Object *) * (size_t)n);
    if (!keys) {
      err_no_memory(vm);
      return -1;
    }
    for (; nkeys < n; nkeys++)
      if (!(keys[nkeys] = obj_call1(vm, key, items[nkeys]))) break;
    if (nkeys < n) { // the keys made so far are dropped last to first
      while (nkeys > 0)
        decref(vm, keys[--nkeys]);
      status = -1;
    }
  }
  if (status == 0 && n > 1) {
    Slice lo = {keys ? keys : items, keys ? items : NULL};
    Sorter s = {.vm = vm, .basekeys = lo.keys, .listlen = n,
                .min_gallop = MIN_GALLOP, .tmp_cap = keys ? -1 : 0};
    choose_compare(&s, lo.keys, n);
    if (reverse) reverse_slice(&lo, n);
    status = timsort(&s, lo, n);
    if (reverse) reverse_ptrs(items, items + n);
    size_t cap = sizeof(Object *) * (size_t)(s.tmp_cap > 0 ? s.tmp_cap : 0);
    if (s.tmp.keys) alloc_free(&vm->alloc, s.tmp.keys, cap);
    if (s.tmp.values) alloc_free(&vm->alloc, s.tmp.values, cap);
  }
  for (ssize i = 0; i < nkeys; i++)
    decref(vm, keys[i]);
  if (keys) alloc_free(&vm->alloc, keys, sizeof(Object *) * (size_t)n);
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
