// numtest_big.c — test handlers for core/bigint: one per operation; each
// turns the vector's arguments into BigInts and prints the result as hex()
// would, or "!Type: message" for errors (see gen_vectors.py).
#include "numtest.h"

#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

static void put_err(Buf *out, const BigErr *err, const char *repr) {
  buf_printf(out, "!%s: ", big_error_type(err->code));
  big_error_message(out, err, repr);
}

static void put_hex(const BigAlloc *al, Buf *out, const BigInt *x) {
  BigErr err = {0};
  if (big_to_str(al, out, x, 16, BIG_STR_PREFIX, 0, &err) < 0) {
    put_err(out, &err, NULL);
  }
}

// Prints [x] or the error, then frees x.
static void put_result(const BigAlloc *al, Buf *out, BigInt *x,
                       const BigErr *err) {
  if (x) put_hex(al, out, x);
  else if (err->code == BIG_OK) buf_puts(out, "!MemoryError: ");
  else put_err(out, err, NULL);
  big_free(al, x);
}

static void put_double(Buf *out, double d) {
  uint64_t bits;
  memcpy(&bits, &d, sizeof bits);
  buf_printf(out, "0x%016" PRIx64, bits);
}

typedef BigInt *(*Binary)(const BigAlloc *, const BigInt *, const BigInt *);
typedef BigInt *(*BinaryErr)(const BigAlloc *, const BigInt *,
                             const BigInt *, BigErr *);
typedef BigInt *(*Unary)(const BigAlloc *, const BigInt *);

static const struct {
  const char *name;
  Binary fn;
} BINARY[] = {{"add", big_add}, {"sub", big_sub}, {"mul", big_mul},
              {"and", big_and}, {"or", big_or},   {"xor", big_xor}};

static const struct {
  const char *name;
  BinaryErr fn;
} BINARY_ERR[] = {{"floordiv", big_floordiv}, {"mod", big_mod}};

static const struct {
  const char *name;
  Unary fn;
} UNARY[] = {{"neg", big_neg}, {"abs", big_abs}, {"invert", big_invert}};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static int table_ops(const Vector *v, const BigAlloc *al, Buf *out,
                     BigInt *a, BigInt *b) {
  BigErr err = {0};
  for (size_t i = 0; i < COUNT(BINARY); i++) {
    if (strcmp(v->op, BINARY[i].name) == 0) {
      put_result(al, out, BINARY[i].fn(al, a, b), &err);
      return 1;
    }
  }
  for (size_t i = 0; i < COUNT(BINARY_ERR); i++) {
    if (strcmp(v->op, BINARY_ERR[i].name) == 0) {
      put_result(al, out, BINARY_ERR[i].fn(al, a, b, &err), &err);
      return 1;
    }
  }
  for (size_t i = 0; i < COUNT(UNARY); i++) {
    if (strcmp(v->op, UNARY[i].name) == 0) {
      put_result(al, out, UNARY[i].fn(al, a), &err);
      return 1;
    }
  }
  return 0;
}

static void op_divmod(const BigAlloc *al, Buf *out, BigInt *a, BigInt *b) {
  BigErr err = {0};
  BigInt *q = NULL, *r = NULL;
  if (big_divmod(al, a, b, &q, &r, &err) < 0) {
    put_err(out, &err, NULL);
    return;
  }
  put_hex(al, out, q);
  buf_putc(out, ' ');
  put_hex(al, out, r);
  big_free(al, q);
  big_free(al, r);
}

static void op_truediv(const BigAlloc *al, Buf *out, BigInt *a, BigInt *b) {
  BigErr err = {0};
  double d;
  if (big_truediv(al, a, b, &d, &err) < 0) put_err(out, &err, NULL);
  else put_double(out, d);
}

static void op_pow(const BigAlloc *al, Buf *out, BigInt *a, BigInt *b,
                   BigInt *c) {
  BigErr err = {0};
  BigInt *z = big_pow(al, a, b, c, &err);
  if (!z && err.code == BIG_POW_NEGATIVE) buf_puts(out, "float");
  else put_result(al, out, z, &err);
}

static void op_shift(const Vector *v, const BigAlloc *al, Buf *out,
                     BigInt *a) {
  BigErr err = {0};
  int64_t n = strtoll(v->arg[1], NULL, 10);
  int left = strcmp(v->op, "lshift") == 0;
  put_result(al, out,
             left ? big_lshift(al, a, n, &err) : big_rshift(al, a, n, &err),
             &err);
}

// lshiftby / rshiftby a n: the count is an int of any size.
static void op_shift_by(const Vector *v, const BigAlloc *al, Buf *out,
                        BigInt *a, BigInt *n) {
  BigErr err = {0};
  int left = strcmp(v->op, "lshiftby") == 0;
  put_result(al, out,
             left ? big_lshift_by(al, a, n, &err)
                  : big_rshift_by(al, a, n, &err),
             &err);
}

static void op_to_double(Buf *out, BigInt *a) {
  int overflow;
  double d = big_to_double(a, &overflow);
  if (overflow) {
    BigErr err = {BIG_FLOAT_OVERFLOW, 0, 0, 0};
    put_err(out, &err, NULL);
  } else {
    put_double(out, d);
  }
}

static void op_to_int(const Vector *v, Buf *out, BigInt *a) {
  int64_t s;
  uint64_t u;
  if (strcmp(v->op, "toi64") == 0) {
    if (big_to_i64(a, &s)) buf_printf(out, "%" PRId64, s);
    else buf_puts(out, "overflow");
  } else {
    if (big_to_u64(a, &u)) buf_printf(out, "%" PRIu64, u);
    else buf_puts(out, "overflow");
  }
}

// Ops on one integer argument returning a C value.
static int query_ops(const Vector *v, Buf *out, BigInt *a) {
  if (strcmp(v->op, "bitlen") == 0) {
    buf_printf(out, "%" PRId64, big_bit_length(a));
  } else if (strcmp(v->op, "hash") == 0) {
    buf_printf(out, "%" PRId64, big_hash(a));
  } else if (strcmp(v->op, "ndigits") == 0) {
    buf_printf(out, "%" PRId64, big_ndigits(a));
  } else if (strcmp(v->op, "todouble") == 0) {
    op_to_double(out, a);
  } else if (strcmp(v->op, "toi64") == 0 || strcmp(v->op, "tou64") == 0) {
    op_to_int(v, out, a);
  } else {
    return 0;
  }
  return 1;
}

// str a base flags limit
static void op_str(const Vector *v, const BigAlloc *al, Buf *out, BigInt *a) {
  BigErr err = {0};
  int base = atoi(v->arg[1]), flags = atoi(v->arg[2]);
  int64_t limit = strtoll(v->arg[3], NULL, 10);
  size_t mark = out->len;
  if (big_to_str(al, out, a, base, flags, limit, &err) < 0) {
    out->len = mark;
    put_err(out, &err, NULL);
  }
}

// parse text base limit repr
static void op_parse(const Vector *v, const BigAlloc *al, Buf *out) {
  BigErr err = {0};
  int base = atoi(v->arg[1]);
  int64_t limit = strtoll(v->arg[2], NULL, 10);
  BigInt *x = big_from_str(al, v->arg[0], v->len[0], base, limit, &err);
  if (x) put_result(al, out, x, &err);
  else if (err.code == BIG_NOMEM) buf_puts(out, "!MemoryError: ");
  else put_err(out, &err, v->arg[3]);
}

static void op_literal(const Vector *v, const BigAlloc *al, Buf *out) {
  BigErr err = {0};
  int64_t limit = strtoll(v->arg[1], NULL, 10);
  BigInt *x = big_from_literal(al, v->arg[0], v->len[0], limit, &err);
  put_result(al, out, x, &err);
}

static void op_from(const Vector *v, const BigAlloc *al, Buf *out) {
  BigErr err = {0};
  BigInt *x;
  if (strcmp(v->op, "fromdouble") == 0) {
    x = big_from_double(al, arg_double(v->arg[0]), &err);
  } else if (strcmp(v->op, "fromi64") == 0) {
    x = big_from_i64(al, strtoll(v->arg[0], NULL, 10));
  } else {
    x = big_from_u64(al, strtoull(v->arg[0], NULL, 10));
  }
  put_result(al, out, x, &err);
}

// Cost helpers must be upper bounds: "estimate a b actual_bits".
static void op_estimate(const Vector *v, Buf *out, BigInt *a, BigInt *b) {
  int64_t actual = strtoll(v->arg[2], NULL, 10);
  int64_t est = big_pow_bits_estimate(a, b);
  int ok = est >= actual && big_mul_digits(a, a) >= (big_ndigits(a) * 2) &&
           big_mul_cost(a, b) > 0 && big_str_cost(100) > 0 &&
           big_lshift_digits(a, 100) >= big_ndigits(a) + 3 * (a->size != 0);
  buf_puts(out, ok ? "ok" : "bad estimate");
}

static int with_args(const Vector *v, const BigAlloc *al, Buf *out,
                     BigInt **x) {
  BigInt *a = x[0], *b = x[1];
  if (table_ops(v, al, out, a, b) || query_ops(v, out, a)) return 1;
  const char *op = v->op;
  if (strcmp(op, "divmod") == 0) op_divmod(al, out, a, b);
  else if (strcmp(op, "truediv") == 0) op_truediv(al, out, a, b);
  else if (strcmp(op, "pow") == 0) op_pow(al, out, a, b, x[2]);
  else if (strcmp(op, "cmp") == 0) buf_printf(out, "%d", big_cmp(a, b));
  else if (strcmp(op, "lshift") == 0 || strcmp(op, "rshift") == 0)
    op_shift(v, al, out, a);
  else if (strcmp(op, "lshiftby") == 0 || strcmp(op, "rshiftby") == 0)
    op_shift_by(v, al, out, a, b);
  else if (strcmp(op, "str") == 0) op_str(v, al, out, a);
  else if (strcmp(op, "estimate") == 0) op_estimate(v, out, a, b);
  else return 0;
  return 1;
}

// Which leading arguments of each op are integers.
static int int_args(const char *op) {
  static const char *const two[] = {"add", "sub", "mul", "and", "or", "xor",
                                    "floordiv", "mod", "divmod", "truediv",
                                    "cmp", "estimate", "lshiftby",
                                    "rshiftby"};
  static const char *const one[] = {"neg", "abs", "invert", "bitlen", "hash",
                                    "ndigits", "todouble", "toi64", "tou64",
                                    "lshift", "rshift", "str"};
  for (size_t i = 0; i < COUNT(two); i++) {
    if (strcmp(op, two[i]) == 0) return 2;
  }
  for (size_t i = 0; i < COUNT(one); i++) {
    if (strcmp(op, one[i]) == 0) return 1;
  }
  return strcmp(op, "pow") == 0 ? 3 : 0;
}

int big_handle(const Vector *v, const BigAlloc *al, Buf *out) {
  if (strcmp(v->op, "parse") == 0) op_parse(v, al, out);
  else if (strcmp(v->op, "literal") == 0) op_literal(v, al, out);
  else if (strncmp(v->op, "from", 4) == 0) op_from(v, al, out);
  else {
    int n = int_args(v->op);
    if (n == 0) return -1;
    // Arguments are parsed with an allocator that never fails.
    BigAlloc plain = plain_alloc();
    BigInt *x[3] = {NULL, NULL, NULL};
    for (int i = 0; i < n && i < v->nargs; i++) {
      if (strcmp(v->arg[i], "None") != 0) x[i] = arg_big(&plain, v->arg[i]);
    }
    int rc = with_args(v, al, out, x);
    for (int i = 0; i < 3; i++) big_free(&plain, x[i]);
    return rc ? 0 : -1;
  }
  return 0;
}
