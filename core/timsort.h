// timsort.h — the merge sort behind list.sort(), as CPython 3.11 runs it
// (Objects/listobject.c and Objects/listsort.txt): natural runs extended to
// minrun by binary insertion, powersort's merge order, galloping merges.
// Doing the same work in the same order matters: a __lt__ that prints or
// counts, or one that raises half-way (the list is left as the partial
// permutation), shows which comparisons ran. listsort.c picks the
// comparison and owns the list; this file only orders arrays.
#ifndef core_timsort_h
#define core_timsort_h

#include "object.h"

typedef struct Sorter Sorter;
// 1 if a < b, 0 if not, -1 on error.
typedef int (*SortLess)(Sorter *s, Object *a, Object *b);

typedef struct SortSlice {
  Object **keys;
  Object **values; // moved along with keys; NULL when sorting keys alone
} SortSlice;

typedef struct SortRun {
  SortSlice base;
  ssize len;
  int power;
} SortRun;

enum { SORT_MAX_PENDING = 64 };

struct Sorter {
  Vm *vm;
  SortLess less;
  RichCmpFn key_richcompare; // for the same-type comparison
  SortLess tuple_elem_less;  // first elements of tuple keys
  // Merge state (CPython's MergeState).
  ssize min_gallop;
  bool has_values;
  SortSlice temp;    // scratch for merges (malloc'd, counted in the limit)
  ssize temp_cap;    // entries
  size_t temp_bytes;
  SortRun pending[SORT_MAX_PENDING];
  int n;
  ssize listlen;
  Object **basekeys;
};

// Sorts [n] keys (and the values beside them, if [values]) in place with
// [s]->less, already set. 0, or -1 with an exception set: the arrays then
// hold some permutation of what they held.
int timsort(Sorter *s, Object **keys, Object **values, ssize n);
// Frees the scratch memory.
void timsort_free(Sorter *s);

#endif
