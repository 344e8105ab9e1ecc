// bigint_mag.c — magnitude primitives on bare arrays of 30-bit digits
// (least significant first): compare, add, subtract, single-digit multiply
// and divide, shifts, schoolbook multiplication. See core/NUMBERS.md.
#include "bigint_impl.h"

int64_t mag_trim(const uint32_t *a, int64_t n) {
  while (n > 0 && a[n - 1] == 0) n--;
  return n;
}

int mag_cmp(const uint32_t *a, int64_t na, const uint32_t *b, int64_t nb) {
  if (na != nb) return na < nb ? -1 : 1;
  for (int64_t i = na - 1; i >= 0; i--) {
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}

void mag_add(uint32_t *z, const uint32_t *a, int64_t na, const uint32_t *b,
             int64_t nb) {
  uint32_t carry = 0;
  int64_t i = 0;
  for (; i < nb; i++) {
    carry += a[i] + b[i];
    z[i] = carry & BIG_MASK;
    carry >>= BIG_SHIFT;
  }
  for (; i < na; i++) {
    carry += a[i];
    z[i] = carry & BIG_MASK;
    carry >>= BIG_SHIFT;
  }
  z[na] = carry;
}

void mag_sub(uint32_t *z, const uint32_t *a, int64_t na, const uint32_t *b,
             int64_t nb) {
  uint32_t borrow = 0;
  int64_t i = 0;
  for (; i < nb; i++) {
    borrow = a[i] - b[i] - borrow;
    z[i] = borrow & BIG_MASK;
    borrow >>= 31; // 1 when the subtraction wrapped
  }
  for (; i < na; i++) {
    borrow = a[i] - borrow;
    z[i] = borrow & BIG_MASK;
    borrow >>= 31;
  }
}

uint32_t mag_add_in(uint32_t *z, int64_t nz, const uint32_t *a, int64_t n) {
  uint32_t carry = 0;
  int64_t i = 0;
  for (; i < n; i++) {
    carry += z[i] + a[i];
    z[i] = carry & BIG_MASK;
    carry >>= BIG_SHIFT;
  }
  for (; carry && i < nz; i++) {
    carry += z[i];
    z[i] = carry & BIG_MASK;
    carry >>= BIG_SHIFT;
  }
  return carry;
}

uint32_t mag_sub_in(uint32_t *z, int64_t nz, const uint32_t *a, int64_t n) {
  uint32_t borrow = 0;
  int64_t i = 0;
  for (; i < n; i++) {
    borrow = z[i] - a[i] - borrow;
    z[i] = borrow & BIG_MASK;
    borrow >>= 31;
  }
  for (; borrow && i < nz; i++) {
    borrow = z[i] - borrow;
    z[i] = borrow & BIG_MASK;
    borrow >>= 31;
  }
  return borrow;
}

uint32_t mag_mul1(uint32_t *z, const uint32_t *a, int64_t n, uint32_t m,
                  uint32_t add) {
  uint64_t carry = add;
  for (int64_t i = 0; i < n; i++) {
    carry += (uint64_t)a[i] * m;
    z[i] = (uint32_t)carry & BIG_MASK;
    carry >>= BIG_SHIFT;
  }
  return (uint32_t)carry;
}

uint32_t mag_div1(uint32_t *z, const uint32_t *a, int64_t n, uint32_t d) {
  uint64_t rem = 0;
  for (int64_t i = n - 1; i >= 0; i--) {
    rem = rem << BIG_SHIFT | a[i];
    uint32_t q = (uint32_t)(rem / d);
    z[i] = q;
    rem -= (uint64_t)q * d;
  }
  return (uint32_t)rem;
}

uint32_t mag_lshift(uint32_t *z, const uint32_t *a, int64_t n, int s) {
  uint32_t carry = 0;
  for (int64_t i = 0; i < n; i++) {
    uint64_t acc = (uint64_t)a[i] << s | carry;
    z[i] = (uint32_t)acc & BIG_MASK;
    carry = (uint32_t)(acc >> BIG_SHIFT);
  }
  return carry;
}

uint32_t mag_rshift(uint32_t *z, const uint32_t *a, int64_t n, int s) {
  uint32_t carry = 0;
  uint32_t mask = ((uint32_t)1 << s) - 1;
  for (int64_t i = n - 1; i >= 0; i--) {
    uint64_t acc = (uint64_t)carry << BIG_SHIFT | a[i];
    carry = a[i] & mask;
    z[i] = (uint32_t)(acc >> s) & BIG_MASK;
  }
  return carry << (BIG_SHIFT - s);
}

void mag_mul_school(uint32_t *z, const uint32_t *a, int64_t na,
                    const uint32_t *b, int64_t nb) {
  for (int64_t i = 0; i < na + nb; i++) z[i] = 0;
  for (int64_t i = 0; i < na; i++) {
    uint64_t carry = 0, f = a[i];
    if (f == 0) continue;
    uint32_t *pz = z + i;
    for (int64_t j = 0; j < nb; j++) {
      carry += pz[j] + b[j] * f;
      pz[j] = (uint32_t)carry & BIG_MASK;
      carry >>= BIG_SHIFT;
    }
    for (int64_t j = nb; carry; j++) {
      carry += pz[j];
      pz[j] = (uint32_t)carry & BIG_MASK;
      carry >>= BIG_SHIFT;
    }
  }
}

int mag_digit_bits(uint32_t d) {
  int n = 0;
  while (d) {
    n++;
    d >>= 1;
  }
  return n;
}
