// bigint_pow.c — pow() with and without a modulus (left-to-right binary
// exponentiation, modular inverse for negative exponents) and the cost
// estimates the VM checks before starting big work. See NUMBERS.md.
#include "bigint_impl.h"

#include <math.h>

/*** pow ***/

// x * y, reduced modulo [c] when c is not NULL. Frees nothing.
static BigInt *mulmod(const BigAlloc *al, const BigInt *x, const BigInt *y,
                      const BigInt *c, BigErr *err) {
  BigInt *p = big_check(big_mul(al, x, y), err);
  if (!p || !c) return p;
  BigInt *r = big_mod(al, p, c, err);
  big_free(al, p);
  return r;
}

// Replaces *acc by *acc * y (mod c); returns -1 on failure.
static int step(const BigAlloc *al, BigInt **acc, const BigInt *y,
                const BigInt *c, BigErr *err) {
  BigInt *t = mulmod(al, *acc, y, c, err);
  big_free(al, *acc);
  *acc = t;
  return t ? 0 : -1;
}

// a ** e (mod c) for e >= 0, a >= 0 when c is given.
static BigInt *power(const BigAlloc *al, const BigInt *a, const BigInt *e,
                     const BigInt *c, BigErr *err) {
  int64_t bits = big_bit_length(e);
  BigInt *one = big_check(big_from_i64(al, 1), err);
  if (!one || bits == 0) return one;
  BigInt *z = mulmod(al, a, one, c, err); // a, reduced
  big_free(al, one);
  BigInt *base = z ? big_check(big_copy(al, z), err) : NULL;
  for (int64_t i = bits - 2; i >= 0 && z && base; i--) {
    if (step(al, &z, z, c, err) < 0) break;
    uint32_t bit = e->digits[i / BIG_SHIFT] >> (i % BIG_SHIFT) & 1;
    if (bit && step(al, &z, base, c, err) < 0) break;
  }
  big_free(al, base);
  if (!base) {
    big_free(al, z);
    return NULL;
  }
  return z;
}

// Modular inverse of a modulo n > 0 by the extended Euclidean algorithm.
static BigInt *invmod(const BigAlloc *al, const BigInt *a0, const BigInt *n0,
                      BigErr *err) {
  BigInt *a = big_copy(al, a0), *n = big_copy(al, n0);
  BigInt *b = big_from_i64(al, 1), *c = big_from_i64(al, 0);
  int ok = a && n && b && c;
  while (ok && n->size != 0) {
    BigInt *q = NULL, *r = NULL, *t = NULL, *s = NULL;
    ok = big_divmod(al, a, n, &q, &r, err) == 0 &&
         (t = big_mul(al, q, c)) && (s = big_sub(al, b, t));
    big_free(al, q);
    big_free(al, t);
    big_free(al, a);
    big_free(al, b);
    a = n, n = r, b = c, c = s;
  }
  int is_one = ok && a->size == 1 && a->digits[0] == 1;
  big_free(al, a);
  big_free(al, n);
  big_free(al, c);
  if (!ok) err->code = BIG_NOMEM;
  if (ok && !is_one) err->code = BIG_NOT_INVERTIBLE;
  if (is_one) return b;
  big_free(al, b);
  return NULL;
}

// pow(a, e, c) for c != 0: the steps of CPython's long_pow.
static BigInt *pow_mod(const BigAlloc *al, const BigInt *a, const BigInt *e,
                       const BigInt *m, BigErr *err) {
  BigInt *c = big_check(big_abs(al, m), err), *base = NULL, *exp = NULL;
  BigInt *z = NULL;
  if (!c) return NULL;
  if (c->size == 1 && c->digits[0] == 1) {
    z = big_check(big_from_i64(al, 0), err);
    goto done;
  }
  exp = big_check(big_abs(al, e), err);
  base = e->size < 0 ? invmod(al, a, c, err) : big_check(big_copy(al, a), err);
  if (base && (base->size < 0 || base->size > c->size)) {
    BigInt *t = big_mod(al, base, c, err);
    big_free(al, base);
    base = t;
  }
  if (base && exp) z = power(al, base, exp, c, err);
  if (z && m->size < 0 && z->size != 0) {
    BigInt *t = big_check(big_sub(al, z, c), err);
    big_free(al, z);
    z = t;
  }
done:
  big_free(al, c);
  big_free(al, base);
  big_free(al, exp);
  return z;
}

BigInt *big_pow(const BigAlloc *al, const BigInt *base, const BigInt *exp,
                const BigInt *mod, BigErr *err) {
  if (mod && mod->size == 0) {
    err->code = BIG_POW_MOD_ZERO;
    return NULL;
  }
  if (mod) return pow_mod(al, base, exp, mod, err);
  if (exp->size < 0) {
    err->code = BIG_POW_NEGATIVE;
    return NULL;
  }
  return power(al, base, exp, NULL, err);
}

/*** cost estimates ***/

int64_t big_mul_digits(const BigInt *a, const BigInt *b) {
  return big_len(a) + big_len(b);
}

double big_mul_cost(const BigInt *a, const BigInt *b) {
  double na = (double)big_len(a), nb = (double)big_len(b);
  double lo = na < nb ? na : nb, hi = na < nb ? nb : na;
  if (lo < 48) return lo * hi + hi;
  return hi / lo * pow(lo, 1.585) * 3 + hi; // Karatsuba on slices
}

int64_t big_pow_bits_estimate(const BigInt *base, const BigInt *exp) {
  int64_t bits = big_bit_length(base);
  if (exp->size == 0) return 1; // x ** 0 == 1
  if (bits <= 1 || exp->size < 0) return bits; // 0, 1 or -1
  int64_t e;
  if (!big_to_i64(exp, &e) || e > INT64_MAX / bits) return INT64_MAX;
  return bits * e;
}

int64_t big_lshift_digits(const BigInt *x, int64_t n) {
  if (x->size == 0 || n <= 0) return big_len(x);
  return big_len(x) + n / BIG_SHIFT + 1;
}

double big_str_cost(int64_t ndigits) {
  double words = (double)ndigits / 9 + 1;
  return words * words / 2;
}
