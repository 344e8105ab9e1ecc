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
    BigAlloc plain = plain_alloc();
    BigInt *x = arg_big(&plain, v->arg[0]);
    rc = numfmt_format_int(out, al, x, spec, len, "int",
                           strtoll(v->arg[2], NULL, 10), &err);
    big_free(&plain, x);
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

/*** printf-style: a tiny % operator over typed arguments ***/

// Arguments "i:<hex int>", "f:<double bits>", "s:<text>", optionally
// "name=" in front for %(name) lookups.
typedef struct PctArgs {
  const Vector *v;
  int next;    // index of the next positional argument (v->arg[1..])
  int current; // argument chosen by a %(key), or -1
} PctArgs;

static const char *arg_body(const Vector *v, int i) {
  const char *eq = strchr(v->arg[i], '=');
  const char *colon = strchr(v->arg[i], ':');
  return eq && colon && eq < colon ? eq + 1 : v->arg[i];
}

static int take(PctArgs *a) {
  if (a->current >= 0) return a->current;
  return a->next < a->v->nargs ? a->next++ : -1;
}

static int key_hook(void *ctx, const char *key, size_t len) {
  PctArgs *a = ctx;
  for (int i = 1; i < a->v->nargs; i++) {
    const char *eq = strchr(a->v->arg[i], '=');
    if (eq && (size_t)(eq - a->v->arg[i]) == len &&
        memcmp(a->v->arg[i], key, len) == 0) {
      a->current = i;
      return 0;
    }
  }
  return NUMFMT_VALUE_ERROR; // the real VM raises KeyError
}

static int star_hook(void *ctx, int is_prec, int64_t *value) {
  (void)is_prec;
  int i = take(ctx);
  if (i < 0) return NUMFMT_VALUE_ERROR;
  *value = strtoll(arg_body(((PctArgs *)ctx)->v, i) + 2, NULL, 16);
  return 0;
}

static int pct_char(Buf *out, const NumfmtPct *c, const char *arg,
                    Buf *err) {
  if (arg[0] == 's') return numfmt_pct_text(out, c, arg + 2, strlen(arg + 2));
  BigAlloc plain = plain_alloc();
  BigInt *x = arg_big(&plain, arg + 2);
  uint32_t cp;
  int rc = numfmt_pct_char_code(x, &cp, err);
  big_free(&plain, x);
  if (rc < 0) return rc;
  Buf ch;
  buf_init(&ch);
  buf_put_utf8(&ch, cp);
  rc = numfmt_pct_text(out, c, buf_cstr(&ch), ch.len);
  buf_free(&ch);
  return rc;
}

// The VM's conversions: int(float) for %d, str() of numbers for %s.
static BigInt *as_int(const BigAlloc *plain, const char *arg) {
  BigErr e = {0};
  if (arg[0] == 'f') return big_from_double(plain, arg_double(arg + 2), &e);
  return arg_big(plain, arg + 2);
}

static int pct_str(Buf *out, const NumfmtPct *c, const char *arg) {
  if (arg[0] == 's') return numfmt_pct_text(out, c, arg + 2, strlen(arg + 2));
  Buf t;
  buf_init(&t);
  BigErr e = {0};
  BigAlloc plain = plain_alloc();
  BigInt *x = arg[0] == 'i' ? arg_big(&plain, arg + 2) : NULL;
  if (x) big_to_str(&plain, &t, x, 10, 0, 0, &e);
  else numfmt_repr(&t, arg_double(arg + 2));
  big_free(&plain, x);
  int rc = numfmt_pct_text(out, c, buf_cstr(&t), t.len);
  buf_free(&t);
  return rc;
}

static int pct_one(Buf *out, const BigAlloc *al, const NumfmtPct *c,
                   const char *fmt, const char *arg, Buf *err) {
  switch (numfmt_pct_kind(c)) {
  case NUMFMT_PCT_INT: {
    BigAlloc plain = plain_alloc();
    BigInt *x = as_int(&plain, arg);
    int rc = numfmt_pct_int(out, al, c, x, 4300, err);
    big_free(&plain, x);
    return rc;
  }
  case NUMFMT_PCT_FLOAT: {
    double d = arg_double(arg + 2);
    if (arg[0] == 'i') {
      BigAlloc plain = plain_alloc();
      BigInt *x = arg_big(&plain, arg + 2);
      int overflow;
      d = big_to_double(x, &overflow);
      big_free(&plain, x);
    }
    return numfmt_pct_float(out, c, d, err);
  }
  case NUMFMT_PCT_TEXT: return pct_str(out, c, arg);
  case NUMFMT_PCT_CHAR: return pct_char(out, c, arg, err);
  default: return numfmt_pct_unsupported(fmt, c, err);
  }
}

// pct fmt arg... : fmt % (args)
static void op_pct(const Vector *v, const BigAlloc *al, Buf *out) {
  const char *fmt = v->arg[0];
  size_t len = v->len[0], i = 0;
  PctArgs a = {v, 1, -1};
  NumfmtPctHooks hooks = {key_hook, star_hook, &a};
  Buf err;
  buf_init(&err);
  int rc = 0;
  while (i < len && rc == 0) {
    const char *pct = memchr(fmt + i, '%', len - i);
    size_t stop = pct ? (size_t)(pct - fmt) : len;
    buf_append(out, fmt + i, stop - i);
    if (!pct) break;
    NumfmtPct c;
    a.current = -1;
    rc = numfmt_pct_parse(fmt, len, stop, &hooks, &c, &err);
    if (rc == 0 && numfmt_pct_kind(&c) == NUMFMT_PCT_PERCENT) {
      buf_putc(out, '%');
    } else if (rc == 0) {
      int k = take(&a);
      rc = k < 0 ? NUMFMT_VALUE_ERROR
                 : pct_one(out, al, &c, fmt, arg_body(v, k), &err);
    }
    i = c.end;
  }
  put_status(out, rc, &err, 0);
  buf_free(&err);
}

/*** float parsing and arithmetic ***/

static void put_bits(Buf *out, double d) {
  uint64_t bits;
  memcpy(&bits, &d, sizeof bits);
  buf_printf(out, "0x%016" PRIx64, bits);
}

// parsefloat text repr
static void op_parse_float(const Vector *v, Buf *out) {
  double d;
  if (numfmt_parse_float(v->arg[0], v->len[0], &d) == 0) {
    put_bits(out, d);
  } else {
    buf_puts(out, "!ValueError: ");
    numfmt_float_parse_message(out, v->arg[1]);
  }
}

// round bits ndigits|None
static void op_round(const Vector *v, const BigAlloc *al, Buf *out) {
  double x = arg_double(v->arg[0]);
  Buf err;
  buf_init(&err);
  if (strcmp(v->arg[1], "None") == 0) {
    BigErr e = {0};
    BigInt *r = numfmt_round_to_int(al, x, &e);
    if (r) big_to_str(al, out, r, 16, BIG_STR_PREFIX, 0, &e);
    else {
      buf_printf(out, "!%s: ", big_error_type(e.code));
      big_error_message(out, &e, NULL);
    }
    big_free(al, r);
  } else {
    double r;
    int rc = numfmt_round(x, strtoll(v->arg[1], NULL, 10), &r, &err);
    if (rc == 0) put_bits(out, r);
    put_status(out, rc, &err, 0);
  }
  buf_free(&err);
}

// fop name a b
static void op_float_binary(const Vector *v, Buf *out) {
  double a = arg_double(v->arg[1]), b = arg_double(v->arg[2]), r = 0, r2 = 0;
  const char *name = v->arg[0];
  Buf err;
  buf_init(&err);
  int rc;
  if (strcmp(name, "div") == 0) rc = numfmt_float_div(a, b, &r, &err);
  else if (strcmp(name, "floordiv") == 0)
    rc = numfmt_float_floordiv(a, b, &r, &err);
  else if (strcmp(name, "mod") == 0) rc = numfmt_float_mod(a, b, &r, &err);
  else if (strcmp(name, "pow") == 0) rc = numfmt_float_pow(a, b, &r, &err);
  else rc = numfmt_float_divmod(a, b, &r, &r2, &err);
  if (rc == NUMFMT_COMPLEX) {
    buf_puts(out, "complex");
    rc = 0;
  } else if (rc == 0) {
    put_bits(out, r);
    if (strcmp(name, "divmod") == 0) {
      buf_putc(out, ' ');
      put_bits(out, r2);
    }
  }
  put_status(out, rc, &err, 0);
  buf_free(&err);
}

static void op_float_query(const Vector *v, Buf *out) {
  double x = arg_double(v->arg[0]);
  if (strcmp(v->op, "fhash") == 0) {
    buf_printf(out, "%" PRId64, numfmt_float_hash(x));
  } else {
    buf_puts(out, numfmt_float_is_integer(x) ? "True" : "False");
  }
}

int fmt_handle(const Vector *v, const BigAlloc *al, Buf *out) {
  if (strcmp(v->op, "repr") == 0) op_repr(v, out);
  else if (strcmp(v->op, "dbl") == 0) op_double(v, out);
  else if (strncmp(v->op, "fmt", 3) == 0) op_format(v, al, out);
  else if (strcmp(v->op, "pct") == 0) op_pct(v, al, out);
  else if (strcmp(v->op, "parsefloat") == 0) op_parse_float(v, out);
  else if (strcmp(v->op, "round") == 0) op_round(v, al, out);
  else if (strcmp(v->op, "floatlit") == 0)
    put_bits(out, numfmt_float_literal(v->arg[0], v->len[0]));
  else if (strcmp(v->op, "fop") == 0) op_float_binary(v, out);
  else if (strcmp(v->op, "fhash") == 0 || strcmp(v->op, "isint") == 0)
    op_float_query(v, out);
  else return -1;
  return 0;
}
