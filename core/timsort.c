// timsort.c — CPython 3.11's list sort algorithm (see timsort.h; the
// method is described in CPython's Objects/listsort.txt). Each step makes
// the comparisons CPython's makes, in the same order.
#include "timsort.h"

#include "errors.h"
#include "vm.h"

#include <stdlib.h>

enum { MIN_GALLOP = 7 };

// ---- Slices: keys with their values --------------------------------------

static void slice_copy(SortSlice *d, ssize i, const SortSlice *s, ssize j) {
  d->keys[i] = s->keys[j];
  if (d->values) d->values[i] = s->values[j];
}

static void slice_copy_incr(SortSlice *d, SortSlice *s) {
  *d->keys++ = *s->keys++;
  if (d->values) *d->values++ = *s->values++;
}

static void slice_copy_decr(SortSlice *d, SortSlice *s) {
  *d->keys-- = *s->keys--;
  if (d->values) *d->values-- = *s->values--;
}

static void slice_move(SortSlice *d, ssize i, const SortSlice *s, ssize j,
                       ssize n) {
  memmove(&d->keys[i], &s->keys[j], sizeof(Object *) * (size_t)n);
  if (d->values)
    memmove(&d->values[i], &s->values[j], sizeof(Object *) * (size_t)n);
}

static void slice_advance(SortSlice *s, ssize n) {
  s->keys += n;
  if (s->values) s->values += n;
}

static void reverse_objects(Object **lo, Object **hi) {
  for (--hi; lo < hi; lo++, hi--) {
    Object *t = *lo;
    *lo = *hi;
    *hi = t;
  }
}

static void slice_reverse(SortSlice *s, ssize n) {
  reverse_objects(s->keys, s->keys + n);
  if (s->values) reverse_objects(s->values, s->values + n);
}

#define LESS(x, y) s->less(s, (x), (y))

// ---- Runs -----------------------------------------------------------------

// Binary insertion of [start, hi) into the sorted [lo, start).
static int binary_sort(Sorter *s, SortSlice lo, Object **hi, Object **start) {
  if (lo.keys == start) ++start;
  for (; start < hi; ++start) {
    Object **l = lo.keys, **r = start, *pivot = *start;
    do { // pivot >= everything in [lo, l), < everything in [r, start)
      Object **p = l + ((r - l) >> 1);
      int k = LESS(pivot, *p);
      if (k < 0) return -1;
      if (k) r = p;
      else l = p + 1;
    } while (l < r);
    memmove(l + 1, l, sizeof(Object *) * (size_t)(start - l));
    *l = pivot;
    if (lo.values) {
      ssize at = l - lo.keys, from = start - lo.keys;
      Object *v = lo.values[from];
      memmove(&lo.values[at + 1], &lo.values[at],
              sizeof(Object *) * (size_t)(from - at));
      lo.values[at] = v;
    }
  }
  return 0;
}

// The length of the run starting at lo: ascending (a <= b <= ...) or
// strictly descending (*descending set).
static ssize count_run(Sorter *s, Object **lo, Object **hi, bool *descending) {
  *descending = false;
  if (++lo == hi) return 1;
  ssize n = 2;
  int k = LESS(*lo, *(lo - 1));
  if (k < 0) return -1;
  *descending = k;
  for (lo = lo + 1; lo < hi; ++lo, ++n) {
    k = LESS(*lo, *(lo - 1));
    if (k < 0) return -1;
    if (k != *descending) break;
  }
  return n;
}

// ---- Galloping --------------------------------------------------------------

// Exponential then binary search from a[hint] for key in the sorted a[0:n]:
// [right] false gives k with a[k-1] < key <= a[k] (before equal elements),
// true gives a[k-1] <= key < a[k] (after them). -1 on error.
static ssize gallop(Sorter *s, Object *key, Object **a, ssize n, ssize hint,
                    bool right) {
  ssize ofs = 1, lastofs = 0;
  a += hint;
  // "key goes after a[hint]": a[hint] < key (left), !(key < a[hint]) (right)
  int k = right ? LESS(key, *a) : LESS(*a, key);
  if (k < 0) return -1;
  bool after = right ? !k : k;
  if (after) { // gallop towards a[n-1]
    ssize maxofs = n - hint;
    while (ofs < maxofs) {
      k = right ? LESS(key, a[ofs]) : LESS(a[ofs], key);
      if (k < 0) return -1;
      if (right ? k : !k) break;
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  } else { // gallop towards a[0]
    ssize maxofs = hint + 1;
    while (ofs < maxofs) {
      k = right ? LESS(key, *(a - ofs)) : LESS(*(a - ofs), key);
      if (k < 0) return -1;
      if (right ? !k : k) break;
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    ssize t = lastofs;
    lastofs = hint - ofs;
    ofs = hint - t;
  }
  a -= hint;
  // Now key belongs in (lastofs, ofs]: binary search.
  ++lastofs;
  while (lastofs < ofs) {
    ssize m = lastofs + ((ofs - lastofs) >> 1);
    k = right ? LESS(key, a[m]) : LESS(a[m], key);
    if (k < 0) return -1;
    if (right ? k : !k) ofs = m;
    else lastofs = m + 1;
  }
  return ofs;
}

#define GALLOP_LEFT(key, a, n, hint) gallop(s, (key), (a), (n), (hint), false)
#define GALLOP_RIGHT(key, a, n, hint) gallop(s, (key), (a), (n), (hint), true)

// ---- Merging ------------------------------------------------------------------

// Scratch room for [need] entries (CPython's merge_getmem).
static int temp_reserve(Sorter *s, ssize need) {
  if (need <= s->temp_cap) return 0;
  timsort_free(s);
  size_t bytes = (s->has_values ? 2 : 1) * sizeof(Object *) * (size_t)need;
  Object **mem = NULL;
  if (alloc_take_external(&s->vm->alloc, bytes)) {
    mem = malloc(bytes);
    if (!mem) alloc_give_external(&s->vm->alloc, bytes);
  }
  if (!mem) {
    err_no_memory(s->vm);
    return -1;
  }
  s->temp.keys = mem;
  s->temp.values = s->has_values ? mem + need : NULL;
  s->temp_cap = need;
  s->temp_bytes = bytes;
  return 0;
}

void timsort_free(Sorter *s) {
  if (!s->temp.keys) return;
  free(s->temp.keys);
  alloc_give_external(&s->vm->alloc, s->temp_bytes);
  s->temp.keys = s->temp.values = NULL;
  s->temp_cap = 0;
}

// Merges the na elements at a with the nb after them, na <= nb, a[na-1]
// belonging at the end: a goes to scratch and the merge runs forwards.
static int merge_lo(Sorter *s, SortSlice a, ssize na, SortSlice b, ssize nb) {
  if (temp_reserve(s, na) < 0) return -1;
  slice_move(&s->temp, 0, &a, 0, na);
  SortSlice dest = a;
  a = s->temp;
  int result = -1;
  slice_copy_incr(&dest, &b);
  if (--nb == 0) goto succeed;
  if (na == 1) goto copy_b;
  ssize min_gallop = s->min_gallop;
  for (;;) {
    ssize acount = 0, bcount = 0; // times each run won in a row
    for (;;) { // one pair at a time until a run keeps winning
      int k = LESS(*b.keys, *a.keys);
      if (k < 0) goto fail;
      if (k) {
        slice_copy_incr(&dest, &b);
        ++bcount;
        acount = 0;
        if (--nb == 0) goto succeed;
        if (bcount >= min_gallop) break;
      } else {
        slice_copy_incr(&dest, &a);
        ++acount;
        bcount = 0;
        if (--na == 1) goto copy_b;
        if (acount >= min_gallop) break;
      }
    }
    ++min_gallop;
    do { // gallop while one run keeps winning by MIN_GALLOP or more
      min_gallop -= min_gallop > 1;
      s->min_gallop = min_gallop;
      ssize k = GALLOP_RIGHT(*b.keys, a.keys, na, 0);
      if (k < 0) goto fail;
      acount = k;
      if (k) {
        slice_move(&dest, 0, &a, 0, k);
        slice_advance(&dest, k);
        slice_advance(&a, k);
        na -= k;
        if (na == 1) goto copy_b;
        if (na == 0) goto succeed; // only with an inconsistent __lt__
      }
      slice_copy_incr(&dest, &b);
      if (--nb == 0) goto succeed;
      k = GALLOP_LEFT(*a.keys, b.keys, nb, 0);
      if (k < 0) goto fail;
      bcount = k;
      if (k) {
        slice_move(&dest, 0, &b, 0, k);
        slice_advance(&dest, k);
        slice_advance(&b, k);
        nb -= k;
        if (nb == 0) goto succeed;
      }
      slice_copy_incr(&dest, &a);
      if (--na == 1) goto copy_b;
    } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
    ++min_gallop; // leaving galloping mode costs
    s->min_gallop = min_gallop;
  }
succeed:
  result = 0;
fail:
  if (na) slice_move(&dest, 0, &a, 0, na);
  return result;
copy_b: // a's last element goes after all of b
  slice_move(&dest, 0, &b, 0, nb);
  slice_copy(&dest, nb, &a, 0);
  return 0;
}

// The mirror image: na >= nb, b goes to scratch and the merge runs
// backwards from the end.
static int merge_hi(Sorter *s, SortSlice a, ssize na, SortSlice b, ssize nb) {
  if (temp_reserve(s, nb) < 0) return -1;
  SortSlice dest = b, basea = a, baseb = s->temp;
  slice_advance(&dest, nb - 1);
  slice_move(&s->temp, 0, &b, 0, nb);
  b = s->temp;
  slice_advance(&b, nb - 1);
  slice_advance(&a, na - 1);
  int result = -1;
  slice_copy_decr(&dest, &a);
  if (--na == 0) goto succeed;
  if (nb == 1) goto copy_a;
  ssize min_gallop = s->min_gallop;
  for (;;) {
    ssize acount = 0, bcount = 0;
    for (;;) {
      int k = LESS(*b.keys, *a.keys);
      if (k < 0) goto fail;
      if (k) {
        slice_copy_decr(&dest, &a);
        ++acount;
        bcount = 0;
        if (--na == 0) goto succeed;
        if (acount >= min_gallop) break;
      } else {
        slice_copy_decr(&dest, &b);
        ++bcount;
        acount = 0;
        if (--nb == 1) goto copy_a;
        if (bcount >= min_gallop) break;
      }
    }
    ++min_gallop;
    do {
      min_gallop -= min_gallop > 1;
      s->min_gallop = min_gallop;
      ssize k = GALLOP_RIGHT(*b.keys, basea.keys, na, na - 1);
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
      slice_copy_decr(&dest, &b);
      if (--nb == 1) goto copy_a;
      k = GALLOP_LEFT(*a.keys, baseb.keys, nb, nb - 1);
      if (k < 0) goto fail;
      k = nb - k;
      bcount = k;
      if (k) {
        slice_advance(&dest, -k);
        slice_advance(&b, -k);
        slice_move(&dest, 1, &b, 1, k);
        nb -= k;
        if (nb == 1) goto copy_a;
        if (nb == 0) goto succeed; // only with an inconsistent __lt__
      }
      slice_copy_decr(&dest, &a);
      if (--na == 0) goto succeed;
    } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
    ++min_gallop;
    s->min_gallop = min_gallop;
  }
succeed:
  result = 0;
fail:
  if (nb) slice_move(&dest, -(nb - 1), &baseb, 0, nb);
  return result;
copy_a: // b's first element goes before all of a
  slice_move(&dest, 1 - na, &a, 1 - na, na);
  slice_advance(&dest, -na);
  slice_advance(&a, -na);
  slice_copy(&dest, 0, &b, 0);
  return 0;
}

// Merges pending runs i and i+1 (i is the second or third from the top).
static int merge_at(Sorter *s, int i) {
  SortSlice a = s->pending[i].base, b = s->pending[i + 1].base;
  ssize na = s->pending[i].len, nb = s->pending[i + 1].len;
  s->pending[i].len = na + nb;
  if (i == s->n - 3) s->pending[i + 1] = s->pending[i + 2];
  --s->n;
  // Elements of a before b's first one, and of b after a's last one,
  // are already in place.
  ssize k = GALLOP_RIGHT(*b.keys, a.keys, na, 0);
  if (k < 0) return -1;
  slice_advance(&a, k);
  na -= k;
  if (na == 0) return 0;
  nb = GALLOP_LEFT(a.keys[na - 1], b.keys, nb, nb - 1);
  if (nb <= 0) return (int)nb;
  return na <= nb ? merge_lo(s, a, na, b, nb) : merge_hi(s, a, na, b, nb);
}

// ---- Powersort's merge order ------------------------------------------------

// The "power" of the boundary between the run at s1 (n1 long) and the
// next one (n2 long) in a list of n: the first bit where the binary
// expansions of the two runs' midpoints, as fractions of n, differ.
static int powerloop(ssize s1, ssize n1, ssize n2, ssize n) {
  int result = 0;
  ssize a = 2 * s1 + n1, b = a + n1 + n2; // twice the midpoints
  for (;;) {
    ++result;
    if (a >= n) {
      a -= n;
      b -= n;
    } else if (b >= n) {
      break;
    }
    a <<= 1;
    b <<= 1;
  }
  return result;
}

// A new run of n2 follows the top one: merge the runs whose power is
// greater than the new boundary's.
static int found_new_run(Sorter *s, ssize n2) {
  if (!s->n) return 0;
  SortRun *p = s->pending;
  ssize s1 = p[s->n - 1].base.keys - s->basekeys, n1 = p[s->n - 1].len;
  int power = powerloop(s1, n1, n2, s->listlen);
  while (s->n > 1 && p[s->n - 2].power > power)
    if (merge_at(s, s->n - 2) < 0) return -1;
  p[s->n - 1].power = power;
  return 0;
}

static int force_collapse(Sorter *s) {
  SortRun *p = s->pending;
  while (s->n > 1) {
    int n = s->n - 2;
    if (n > 0 && p[n - 1].len < p[n + 1].len) --n;
    if (merge_at(s, n) < 0) return -1;
  }
  return 0;
}

// Runs shorter than this are extended by binary insertion: n itself below
// 64, else a k in [32, 64] with n/k just under a power of two.
static ssize compute_minrun(ssize n) {
  ssize r = 0;
  while (n >= 64) {
    r |= n & 1;
    n >>= 1;
  }
  return n + r;
}

int timsort(Sorter *s, Object **keys, Object **values, ssize n) {
  s->min_gallop = MIN_GALLOP;
  s->n = 0;
  s->listlen = n;
  s->basekeys = keys;
  s->has_values = values != NULL;
  s->temp.keys = s->temp.values = NULL;
  s->temp_cap = 0;
  if (n < 2) return 0;
  SortSlice lo = {keys, values};
  ssize left = n, minrun = compute_minrun(n);
  do {
    bool descending;
    ssize run = count_run(s, lo.keys, lo.keys + left, &descending);
    if (run < 0) return -1;
    if (descending) slice_reverse(&lo, run);
    if (run < minrun) {
      ssize force = left <= minrun ? left : minrun;
      if (binary_sort(s, lo, lo.keys + force, lo.keys + run) < 0) return -1;
      run = force;
    }
    if (found_new_run(s, run) < 0) return -1;
    s->pending[s->n].base = lo;
    s->pending[s->n].len = run;
    s->n++;
    slice_advance(&lo, run);
    left -= run;
  } while (left);
  return force_collapse(s);
}
