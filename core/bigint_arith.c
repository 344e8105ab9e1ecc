// bigint_arith.c — negation, absolute value, addition, subtraction and
// multiplication (schoolbook, Karatsuba above KARATSUBA_CUTOFF digits, and
// the "lopsided" slicing for very unequal sizes). See core/NUMBERS.md.
#include "bigint_impl.h"

#include <string.h>

// Below this many digits in the shorter operand, schoolbook is faster.
#define KARATSUBA_CUTOFF 48

BigInt *big_neg(const BigAlloc *al, const BigInt *x) {
  return big_from_mag(al, x->digits, big_len(x), x->size > 0);
}

BigInt *big_abs(const BigAlloc *al, const BigInt *x) {
  return big_from_mag(al, x->digits, big_len(x), 0);
}

/*** addition and subtraction ***/

// |a| + |b| with the given sign.
static BigInt *add_mags(const BigAlloc *al, const BigInt *a, const BigInt *b,
                        int negative) {
  if (big_len(a) < big_len(b)) {
    const BigInt *t = a;
    a = b;
    b = t;
  }
  BigInt *z = big_raw(al, big_len(a) + 1);
  if (!z) return NULL;
  mag_add(z->digits, a->digits, big_len(a), b->digits, big_len(b));
  return big_norm(z, negative);
}

// |a| - |b| with the sign flipped when [negative].
static BigInt *sub_mags(const BigAlloc *al, const BigInt *a, const BigInt *b,
                        int negative) {
  int c = mag_cmp(a->digits, big_len(a), b->digits, big_len(b));
  if (c < 0) {
    const BigInt *t = a;
    a = b;
    b = t;
    negative = !negative;
  }
  BigInt *z = big_raw(al, big_len(a));
  if (!z) return NULL;
  mag_sub(z->digits, a->digits, big_len(a), b->digits, big_len(b));
  return big_norm(z, negative);
}

BigInt *big_add(const BigAlloc *al, const BigInt *a, const BigInt *b) {
  if ((a->size < 0) == (b->size < 0)) return add_mags(al, a, b, a->size < 0);
  return sub_mags(al, a, b, a->size < 0);
}

BigInt *big_sub(const BigAlloc *al, const BigInt *a, const BigInt *b) {
  if ((a->size < 0) != (b->size < 0)) return add_mags(al, a, b, a->size < 0);
  return sub_mags(al, a, b, a->size < 0);
}

/*** multiplication ***/

static int karatsuba(const BigAlloc *al, uint32_t *z, const uint32_t *a,
                     int64_t na, const uint32_t *b, int64_t nb);

// b is more than twice as long as a: multiply a by slices of b.
static int lopsided(const BigAlloc *al, uint32_t *z, const uint32_t *a,
                    int64_t na, const uint32_t *b, int64_t nb) {
  uint32_t *t = big_scratch(al, 2 * na);
  if (!t) return -1;
  memset(z, 0, (size_t)(na + nb) * 4);
  for (int64_t off = 0; off < nb; off += na) {
    int64_t n = nb - off < na ? nb - off : na;
    if (mag_mul(al, t, a, na, b + off, n) < 0) {
      big_scratch_free(al, t);
      return -1;
    }
    mag_add_in(z + off, na + nb - off, t, na + n);
  }
  big_scratch_free(al, t);
  return 0;
}

int mag_mul(const BigAlloc *al, uint32_t *z, const uint32_t *a, int64_t na,
            const uint32_t *b, int64_t nb) {
  if (na > nb) {
    const uint32_t *t = a;
    a = b;
    b = t;
    int64_t tn = na;
    na = nb;
    nb = tn;
  }
  if (na < KARATSUBA_CUTOFF) {
    mag_mul_school(z, a, na, b, nb);
    return 0;
  }
  if (2 * na <= nb) return lopsided(al, z, a, na, b, nb);
  return karatsuba(al, z, a, na, b, nb);
}

// s = lo + hi where lo has [n] digits and hi [nh]; returns s's length.
static int64_t split_sum(uint32_t *s, const uint32_t *x, int64_t n,
                         int64_t nx) {
  int64_t nh = nx - n;
  int64_t nl = mag_trim(x, n);
  if (nl >= nh) {
    mag_add(s, x, nl, x + n, nh);
    return nl + 1;
  }
  mag_add(s, x + n, nh, x, nl);
  return nh + 1;
}

// na <= nb < 2 * na: z = a * b with three half-size products.
static int karatsuba(const BigAlloc *al, uint32_t *z, const uint32_t *a,
                     int64_t na, const uint32_t *b, int64_t nb) {
  int64_t s = nb / 2; // split point; na > s
  uint32_t *sa = big_scratch(al, 4 * (nb - s + 1));
  if (!sa) return -1;
  uint32_t *sb = sa + (nb - s + 1), *m = sb + (nb - s + 1);
  int64_t nsa = split_sum(sa, a, s, na), nsb = split_sum(sb, b, s, nb);
  int64_t nlo_a = mag_trim(a, s), nlo_b = mag_trim(b, s);
  int64_t nm = nsa + nsb, nz = na + nb;
  int rc = mag_mul(al, z, a, nlo_a, b, nlo_b); // low product at z[0..)
  memset(z + nlo_a + nlo_b, 0, (size_t)(nz - nlo_a - nlo_b) * 4);
  if (rc == 0) rc = mag_mul(al, z + 2 * s, a + s, na - s, b + s, nb - s);
  if (rc == 0) rc = mag_mul(al, m, sa, nsa, sb, nsb);
  if (rc == 0) {
    mag_sub_in(m, nm, z + 2 * s, nz - 2 * s);
    mag_sub_in(m, nm, z, nlo_a + nlo_b);
    nm = mag_trim(m, nm);
    mag_add_in(z + s, nz - s, m, nm);
  }
  big_scratch_free(al, sa);
  return rc;
}

BigInt *big_mul(const BigAlloc *al, const BigInt *a, const BigInt *b) {
  int64_t na = big_len(a), nb = big_len(b);
  BigInt *z = big_raw(al, na + nb);
  if (!z) return NULL;
  if (na == 1 && nb == 1) {
    uint64_t p = (uint64_t)a->digits[0] * b->digits[0];
    z->digits[0] = (uint32_t)p & BIG_MASK;
    z->digits[1] = (uint32_t)(p >> BIG_SHIFT);
  } else if (mag_mul(al, z->digits, a->digits, na, b->digits, nb) < 0) {
    big_free(al, z);
    return NULL;
  }
  return big_norm(z, (a->size < 0) != (b->size < 0));
}
