// numtest_fmt.c — test handlers for core/numfmt (see gen_vectors.py).
#include "numtest.h"

int fmt_handle(const Vector *v, const BigAlloc *al, Buf *out) {
  (void)v;
  (void)al;
  (void)out;
  return -1;
}
