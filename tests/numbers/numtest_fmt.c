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

// Prints "!Type: message" when [rc] is an error; otherwise nothing.
static void put_status(Buf *out, int rc, Buf *err, size_t mark) {
  if (rc == 0) return;
  out->len = mark;
  buf_printf(out, "!%s: %s", numfmt_error_type(rc), buf_cstr(err));
}

// fmtint x spec limit / fmtfloat bits spec / fmtstr text spec
static void op_format(const Vector *v, const BigAlloc *al, Buf *out) {
  Buf err;
  buf_init(&err);
  const char *spec = v->arg[1];
  size_t len = v->len[1];
  int rc;
  if (strcmp(v->op, "fmtint") == 0) {
    BigInt *x = arg_big(al, v->arg[0]);
    rc = numfmt_format_int(out, al, x, spec, len, "int",
                           strtoll(v->arg[2], NULL, 10), &err);
    big_free(al, x);
  } else if (strcmp(v->op, "fmtfloat") == 0) {
    rc = numfmt_format_float(out, arg_double(v->arg[0]), spec, len, "float",
                             &err);
  } else {
    rc = numfmt_format_str(out, v->arg[0], v->len[0], spec, len, "str",
                           &err);
  }
  put_status(out, rc, &err, 0);
  buf_free(&err);
}

int fmt_handle(const Vector *v, const BigAlloc *al, Buf *out) {
  if (strcmp(v->op, "repr") == 0) op_repr(v, out);
  else if (strcmp(v->op, "dbl") == 0) op_double(v, out);
  else if (strncmp(v->op, "fmt", 3) == 0) op_format(v, al, out);
  else return -1;
  return 0;
}
