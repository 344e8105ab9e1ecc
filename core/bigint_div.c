// bigint_div.c — division: Knuth's algorithm D on 30-bit digits, Python's
// floor semantics for //, % and divmod(), and int / int correctly rounded
// to a double (the method of CPython's long_true_divide). See NUMBERS.md.
#include "bigint_impl.h"

#include <math.h>
#include <string.h>

/*** magnitude division ***/

// u[j .. j+n] -= qhat * v[0..n); returns 1 when the result went negative
// (then v has been added back once).
static int mul_sub(uint32_t *u, const uint32_t *v, int64_t n, uint32_t qhat) {
  uint64_t carry = 0;
  int64_t borrow = 0;
  for (int64_t i = 0; i < n; i++) {
    uint64_t p = (uint64_t)qhat * v[i] + carry;
    carry = p >> BIG_SHIFT;
    int64_t t = (int64_t)u[i] - (int64_t)(p & BIG_MASK) + borrow;
    borrow = t < 0 ? -1 : 0;
    u[i] = (uint32_t)(t < 0 ? t + BIG_BASE : t);
  }
  int64_t top = (int64_t)u[n] - (int64_t)carry + borrow;
  u[n] = (uint32_t)top & BIG_MASK;
  if (top >= 0) return 0;
  uint32_t c = 0;
  for (int64_t i = 0; i < n; i++) {
    c += u[i] + v[i];
    u[i] = c & BIG_MASK;
    c >>= BIG_SHIFT;
  }
  u[n] = 0;
  return 1;
}

// Estimate of the next quotient digit from the top of u (Knuth D3).
static uint32_t estimate(const uint32_t *u, const uint32_t *v, int64_t n) {
  uint64_t top = (uint64_t)u[n] << BIG_SHIFT | u[n - 1];
  uint64_t qhat = top / v[n - 1], rhat = top % v[n - 1];
  while (qhat >= BIG_BASE ||
         qhat * v[n - 2] > (rhat << BIG_SHIFT | u[n - 2])) {
    qhat--;
    rhat += v[n - 1];
    if (rhat >= BIG_BASE) break;
  }
  return (uint32_t)qhat;
}

// Knuth D on normalized copies: u has nu + 1 digits, v has nv >= 2 digits
// with its top bit set; q receives nu - nv + 1 digits; u becomes the
// remainder (still shifted).
static void knuth_d(uint32_t *u, int64_t nu, const uint32_t *v, int64_t nv,
                    uint32_t *q) {
  for (int64_t j = nu - nv; j >= 0; j--) {
    uint32_t qhat = estimate(u + j, v, nv);
    if (mul_sub(u + j, v, nv, qhat)) qhat--;
    q[j] = qhat;
  }
}

static int divrem1(const BigAlloc *al, const uint32_t *a, int64_t na,
                   uint32_t d, BigInt **q, BigInt **r) {
  BigInt *qq = big_raw(al, na);
  if (!qq) return -1;
  uint32_t rem = mag_div1(qq->digits, a, na, d);
  BigInt *rr = r ? big_from_mag(al, &rem, 1, 0) : NULL;
  if (r && !rr) {
    big_free(al, qq);
    return -1;
  }
  if (q) *q = big_norm(qq, 0);
  else big_free(al, qq);
  if (r) *r = rr;
  return 0;
}

// The general case: na >= nb >= 2.
static int divrem_knuth(const BigAlloc *al, const uint32_t *a, int64_t na,
                        const uint32_t *b, int64_t nb, BigInt **q,
                        BigInt **r) {
  int s = BIG_SHIFT - mag_digit_bits(b[nb - 1]);
  uint32_t *u = big_scratch(al, na + 1 + nb);
  BigInt *qq = big_raw(al, na - nb + 1);
  if (!u || !qq) goto fail;
  uint32_t *v = u + na + 1;
  u[na] = mag_lshift(u, a, na, s);
  mag_lshift(v, b, nb, s);
  knuth_d(u, na, v, nb, qq->digits);
  if (r) {
    mag_rshift(u, u, nb, s);
    if (!(*r = big_from_mag(al, u, nb, 0))) goto fail;
  }
  if (q) *q = big_norm(qq, 0);
  else big_free(al, qq);
  big_scratch_free(al, u);
  return 0;
fail:
  big_scratch_free(al, u);
  big_free(al, qq);
  return -1;
}

int mag_divrem(const BigAlloc *al, const uint32_t *a, int64_t na,
               const uint32_t *b, int64_t nb, BigInt **q, BigInt **r) {
  if (mag_cmp(a, na, b, nb) < 0) {
    BigInt *qq = q ? big_raw(al, 0) : NULL;
    BigInt *rr = r ? big_from_mag(al, a, na, 0) : NULL;
    if ((q && !qq) || (r && !rr)) {
      big_free(al, qq);
      big_free(al, rr);
      return -1;
    }
    if (q) *q = qq;
    if (r) *r = rr;
    return 0;
  }
  if (nb == 1) return divrem1(al, a, na, b[0], q, r);
  return divrem_knuth(al, a, na, b, nb, q, r);
}

/*** floor division ***/

// Both operands fit in int64 (and the quotient does too).
static int divmod_small(const BigAlloc *al, int64_t a, int64_t b, BigInt **q,
                        BigInt **r) {
  int64_t qq = a / b, rr = a % b;
  if (rr != 0 && ((rr < 0) != (b < 0))) {
    qq--;
    rr += b;
  }
  BigInt *zq = q ? big_from_i64(al, qq) : NULL;
  BigInt *zr = r ? big_from_i64(al, rr) : NULL;
  if ((q && !zq) || (r && !zr)) {
    big_free(al, zq);
    big_free(al, zr);
    return -1;
  }
  if (q) *q = zq;
  if (r) *r = zr;
  return 0;
}

// Turns truncated magnitude results into floor results in place.
static int apply_floor(const BigAlloc *al, const BigInt *a, const BigInt *b,
                       BigInt **q, BigInt **r) {
  int neg_q = (a->size < 0) != (b->size < 0);
  int adjust = neg_q && (*r)->size != 0;
  if (adjust) {
    BigInt *t = big_raw(al, big_len(b));
    if (!t) return -1;
    mag_sub(t->digits, b->digits, big_len(b), (*r)->digits, big_len(*r));
    big_free(al, *r);
    *r = big_norm(t, 0);
  }
  if ((*r)->size) (*r)->size = b->size < 0 ? -big_len(*r) : big_len(*r);
  if (!q) return 0;
  if (adjust) {
    int64_t n = big_len(*q);
    BigInt *t = big_raw(al, n + 1);
    if (!t) return -1;
    uint32_t one = 1;
    memcpy(t->digits, (*q)->digits, (size_t)n * 4);
    t->digits[n] = 0;
    mag_add_in(t->digits, n + 1, &one, 1);
    big_free(al, *q);
    *q = big_norm(t, 0);
  }
  if (neg_q) (*q)->size = -(*q)->size;
  return 0;
}

int big_divmod(const BigAlloc *al, const BigInt *a, const BigInt *b,
               BigInt **q, BigInt **r, BigErr *err) {
  if (b->size == 0) {
    err->code = q ? BIG_DIV_ZERO : BIG_MOD_ZERO;
    return -1;
  }
  int64_t sa, sb;
  if (big_to_i64(a, &sa) && big_to_i64(b, &sb) &&
      !(sa == INT64_MIN && sb == -1)) {
    if (divmod_small(al, sa, sb, q, r) == 0) return 0;
    err->code = BIG_NOMEM;
    return -1;
  }
  BigInt *qq = NULL, *rr = NULL;
  if (mag_divrem(al, a->digits, big_len(a), b->digits, big_len(b),
                 q ? &qq : NULL, &rr) < 0 ||
      apply_floor(al, a, b, q ? &qq : NULL, &rr) < 0) {
    big_free(al, qq);
    big_free(al, rr);
    err->code = BIG_NOMEM;
    return -1;
  }
  if (q) *q = qq;
  if (r) *r = rr;
  else big_free(al, rr);
  return 0;
}

BigInt *big_floordiv(const BigAlloc *al, const BigInt *a, const BigInt *b,
                     BigErr *err) {
  BigInt *q = NULL;
  return big_divmod(al, a, b, &q, NULL, err) < 0 ? NULL : q;
}

BigInt *big_mod(const BigAlloc *al, const BigInt *a, const BigInt *b,
                BigErr *err) {
  BigInt *r = NULL;
  return big_divmod(al, a, b, NULL, &r, err) < 0 ? NULL : r;
}

/*** true division ***/

// |x| * 2**s for s >= 0 (a fresh nonnegative value).
static BigInt *mag_shifted(const BigAlloc *al, const BigInt *x, int64_t s) {
  int64_t nx = big_len(x), whole = s / BIG_SHIFT;
  BigInt *z = big_raw(al, nx + whole + 1);
  if (!z) return NULL;
  memset(z->digits, 0, (size_t)whole * 4);
  z->digits[nx + whole] =
      mag_lshift(z->digits + whole, x->digits, nx, (int)(s % BIG_SHIFT));
  return big_norm(z, 0);
}

// floor(|a| * 2**s / |b|) as uint64 (it has at most 56 bits) plus whether
// the division was inexact.
static int scaled_quotient(const BigAlloc *al, const BigInt *a,
                           const BigInt *b, int64_t s, uint64_t *q,
                           int *inexact) {
  BigInt *num = mag_shifted(al, a, s > 0 ? s : 0);
  BigInt *den = mag_shifted(al, b, s < 0 ? -s : 0);
  BigInt *qq = NULL, *rr = NULL;
  int rc = -1;
  if (num && den &&
      mag_divrem(al, num->digits, num->size, den->digits, den->size, &qq,
                 &rr) == 0) {
    *q = 0;
    for (int64_t i = qq->size - 1; i >= 0; i--) {
      *q = *q << BIG_SHIFT | qq->digits[i];
    }
    *inexact = rr->size != 0;
    rc = 0;
  }
  big_free(al, num);
  big_free(al, den);
  big_free(al, qq);
  big_free(al, rr);
  return rc;
}

// Rounds q * 2**-s (plus a sticky fraction) to a double, half even.
static double round_scaled(uint64_t q, int64_t s, int inexact) {
  int nq = 0;
  while (nq < 64 && q >> nq) nq++;
  int64_t e = nq - 1 - s; // q * 2**-s lies in [2**e, 2**(e+1))
  int64_t p = e >= -1022 ? 53 : e + 1075;
  int64_t drop = nq - p;
  if (drop <= 0) return ldexp((double)q, (int)-s);
  uint64_t kept = drop >= 64 ? 0 : q >> drop;
  int half = drop <= 64 && (q >> (drop - 1) & 1);
  uint64_t below = drop - 1 >= 64 ? q : q & (((uint64_t)1 << (drop - 1)) - 1);
  if (half && (below || inexact || (kept & 1))) kept++;
  return ldexp((double)kept, (int)(drop - s));
}

static int fits_double(const BigInt *x) {
  return big_bit_length(x) <= 53;
}

int big_truediv(const BigAlloc *al, const BigInt *a, const BigInt *b,
                double *out, BigErr *err) {
  int negate = (a->size < 0) != (b->size < 0);
  if (b->size == 0) {
    err->code = BIG_TRUEDIV_ZERO;
    return -1;
  }
  int ovf;
  if (fits_double(a) && fits_double(b)) {
    *out = big_to_double(a, &ovf) / big_to_double(b, &ovf);
    return 0;
  }
  int64_t diff = big_bit_length(a) - big_bit_length(b);
  if (a->size == 0 || diff + 1 <= -1075) {
    *out = negate ? -0.0 : 0.0;
    return 0;
  }
  if (diff > 1025) goto overflow;
  uint64_t q;
  int inexact;
  if (scaled_quotient(al, a, b, 55 - diff, &q, &inexact) < 0) {
    err->code = BIG_NOMEM;
    return -1;
  }
  double r = round_scaled(q, 55 - diff, inexact);
  if (isinf(r)) goto overflow;
  *out = negate ? -r : r;
  return 0;
overflow:
  err->code = BIG_TRUEDIV_OVERFLOW;
  return -1;
}
