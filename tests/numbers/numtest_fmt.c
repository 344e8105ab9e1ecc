// numtest_fmt.c — test handlers for core/numfmt: float repr and formatting,
// format() specs, printf conversions, float parsing and float arithmetic.
// Each prints the result as Python would (see gen_vectors.py / vec_fmt.py).
#include "numtest.h"

#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "../../core/numfmt.h"

static void op_repr(const Vector *v, Buf *out) {
  numfmt_repr(out, arg_double(v->arg[0]));
}

// dbl bits code precision flags
static void op_double(const Vector *v, Buf *out) {
  numfmt_double(out, arg_double(v->arg[0]), v->arg[1][0], atoi(v->arg[2]),
                atoi(v->arg[3]));
}

int fmt_handle(const Vector *v, const BigAlloc *al, Buf *out) {
  (void)al;
  if (strcmp(v->op, "repr") == 0) op_repr(v, out);
  else if (strcmp(v->op, "dbl") == 0) op_double(v, out);
  else return -1;
  return 0;
}
