// bigint_bits.c — &, |, ^, ~, << and >> with Python's semantics: negative
// values behave as infinite two's complement, >> floors. See NUMBERS.md.
#include "bigint_impl.h"

#include <string.h>

typedef enum { OP_AND, OP_OR, OP_XOR } BitOp;

// Writes [n] digits of x's two's complement form into [d] (x padded with
// its sign); returns the sign-extension digit (0 or BIG_MASK).
static uint32_t twos(const BigInt *x, uint32_t *d, int64_t n) {
  int64_t nx = big_len(x);
  memcpy(d, x->digits, (size_t)nx * 4);
  memset(d + nx, 0, (size_t)(n - nx) * 4);
  if (x->size >= 0) return 0;
  uint32_t borrow = 1; // ~(|x| - 1) == -|x|
  for (int64_t i = 0; i < n; i++) {
    uint32_t t = d[i] - borrow;
    borrow = t >> 31;
    d[i] = ~t & BIG_MASK;
  }
  return BIG_MASK;
}

static uint32_t apply(BitOp op, uint32_t a, uint32_t b) {
  return op == OP_AND ? a & b : op == OP_OR ? a | b : a ^ b;
}

static BigInt *bitwise(const BigAlloc *al, const BigInt *a, const BigInt *b,
                       BitOp op) {
  int64_t n = big_len(a) > big_len(b) ? big_len(a) : big_len(b);
  BigInt *z = big_raw(al, n + 1);
  uint32_t *tb = big_scratch(al, n);
  if (!z || !tb) {
    big_free(al, z);
    big_scratch_free(al, tb);
    return NULL;
  }
  uint32_t sa = twos(a, z->digits, n), sb = twos(b, tb, n);
  for (int64_t i = 0; i < n; i++) z->digits[i] = apply(op, z->digits[i], tb[i]);
  big_scratch_free(al, tb);
  z->digits[n] = 0;
  if (!apply(op, sa, sb)) return big_norm(z, 0);
  uint32_t carry = 1; // magnitude = ~z + 1
  for (int64_t i = 0; i < n; i++) {
    carry += ~z->digits[i] & BIG_MASK;
    z->digits[i] = carry & BIG_MASK;
    carry >>= BIG_SHIFT;
  }
  z->digits[n] = carry;
  return big_norm(z, 1);
}

BigInt *big_and(const BigAlloc *al, const BigInt *a, const BigInt *b) {
  return bitwise(al, a, b, OP_AND);
}

BigInt *big_or(const BigAlloc *al, const BigInt *a, const BigInt *b) {
  return bitwise(al, a, b, OP_OR);
}

BigInt *big_xor(const BigAlloc *al, const BigInt *a, const BigInt *b) {
  return bitwise(al, a, b, OP_XOR);
}

// ~x == -(x + 1): |x| + 1 negated for x >= 0, |x| - 1 for x < 0.
BigInt *big_invert(const BigAlloc *al, const BigInt *x) {
  int64_t n = big_len(x);
  BigInt *z = big_raw(al, n + 1);
  if (!z) return NULL;
  uint32_t one = 1;
  if (x->size >= 0) {
    memcpy(z->digits, x->digits, (size_t)n * 4);
    z->digits[n] = 0;
    mag_add_in(z->digits, n + 1, &one, 1);
    return big_norm(z, 1);
  }
  mag_sub(z->digits, x->digits, n, &one, 1);
  z->digits[n] = 0;
  return big_norm(z, 0);
}

/*** shifts ***/

BigInt *big_lshift(const BigAlloc *al, const BigInt *x, int64_t n,
                   BigErr *err) {
  if (n < 0) {
    err->code = BIG_NEG_SHIFT;
    return NULL;
  }
  if (x->size == 0) return big_check(big_raw(al, 0), err);
  int64_t nx = big_len(x), whole = n / BIG_SHIFT;
  if (whole > BIG_MAX_DIGITS - nx - 1) {
    err->code = BIG_NOMEM;
    return NULL;
  }
  BigInt *z = big_check(big_raw(al, nx + whole + 1), err);
  if (!z) return NULL;
  memset(z->digits, 0, (size_t)whole * 4);
  z->digits[nx + whole] =
      mag_lshift(z->digits + whole, x->digits, nx, (int)(n % BIG_SHIFT));
  return big_norm(z, x->size < 0);
}

// Whether any of the low [n] bits of |x| is set.
static int low_bits_set(const BigInt *x, int64_t n) {
  int64_t whole = n / BIG_SHIFT, nx = big_len(x);
  for (int64_t i = 0; i < whole && i < nx; i++) {
    if (x->digits[i]) return 1;
  }
  if (whole >= nx) return 0;
  uint32_t mask = ((uint32_t)1 << (n % BIG_SHIFT)) - 1;
  return (x->digits[whole] & mask) != 0;
}

BigInt *big_rshift(const BigAlloc *al, const BigInt *x, int64_t n,
                   BigErr *err) {
  if (n < 0) {
    err->code = BIG_NEG_SHIFT;
    return NULL;
  }
  int64_t nx = big_len(x), whole = n / BIG_SHIFT;
  int64_t nz = whole >= nx ? 0 : nx - whole;
  int round_up = x->size < 0 && low_bits_set(x, n);
  BigInt *z = big_check(big_raw(al, nz + 1), err);
  if (!z) return NULL;
  if (nz) mag_rshift(z->digits, x->digits + whole, nz, (int)(n % BIG_SHIFT));
  z->digits[nz] = 0;
  if (round_up) { // floor for negatives: magnitude + 1
    uint32_t one = 1;
    mag_add_in(z->digits, nz + 1, &one, 1);
  }
  return big_norm(z, x->size < 0);
}

// Shift counts that do not fit in int64.
static int huge_count(const BigInt *n, int64_t *count, BigErr *err) {
  if (n->size < 0) {
    err->code = BIG_NEG_SHIFT;
    return -1;
  }
  if (big_to_i64(n, count)) return 0;
  *count = INT64_MAX;
  return 1;
}

// x << n for a count past int64 and x != 0: CPython's divmod_shift clips
// the digit shift, then _PyLong_New refuses sizes past MAX_LONG_DIGITS
// (OverflowError) or the allocation fails (MemoryError).
static BigInt *huge_lshift(const BigAlloc *al, const BigInt *x,
                           const BigInt *n, BigErr *err) {
  const int64_t max_digits = (INT64_MAX - 24) / 4, clip = INT64_MAX / 4;
  BigInt *thirty = big_from_i64(al, BIG_SHIFT), *q = NULL, *r = NULL;
  int64_t words = clip;
  int ok = thirty && big_divmod(al, n, thirty, &q, &r, err) == 0;
  if (ok && (!big_to_i64(q, &words) || words >= clip)) words = clip;
  int64_t extra = words == clip ? 0 : big_len(x) + (ok && r->size != 0);
  big_free(al, thirty);
  big_free(al, q);
  big_free(al, r);
  int too_many = ok && words > max_digits - extra;
  err->code = too_many ? BIG_TOO_MANY_DIGITS : BIG_NOMEM;
  return NULL;
}

BigInt *big_lshift_by(const BigAlloc *al, const BigInt *x, const BigInt *n,
                      BigErr *err) {
  int64_t count;
  int huge = huge_count(n, &count, err);
  if (huge < 0) return NULL;
  if (huge && x->size != 0) return huge_lshift(al, x, n, err);
  return big_lshift(al, x, count, err);
}

BigInt *big_rshift_by(const BigAlloc *al, const BigInt *x, const BigInt *n,
                      BigErr *err) {
  int64_t count;
  if (huge_count(n, &count, err) < 0) return NULL;
  return big_rshift(al, x, count, err);
}
