// bigint_impl.h — internals shared by the bigint_*.c files: raw allocation,
// normalization and "magnitude" primitives working on bare digit arrays
// (least significant digit first). Not for use outside core/bigint*.c.
// See core/NUMBERS.md for the algorithms.
#ifndef core_bigint_impl_h
#define core_bigint_impl_h

#include "bigint.h"

// Largest digit count we ever allocate (keeps byte sizes inside size_t and
// bit counts inside int64 on 32-bit targets).
#define BIG_MAX_DIGITS ((int64_t)(((size_t)-1 >> 3) / sizeof(uint32_t)))

static inline int64_t big_len(const BigInt *x) {
  return x->size < 0 ? -x->size : x->size;
}

// A value with room for [n] digits, size = n, digits uninitialized.
BigInt *big_raw(const BigAlloc *al, int64_t n);
// Strips leading zero digits of [x] (size taken as |size|) and applies
// [negative]. Returns [x].
BigInt *big_norm(BigInt *x, int negative);
// Scratch digit arrays through the same allocator.
uint32_t *big_scratch(const BigAlloc *al, int64_t n);
void big_scratch_free(const BigAlloc *al, uint32_t *p);
// A fresh value holding digits [d] of length [n] with the given sign.
BigInt *big_from_mag(const BigAlloc *al, const uint32_t *d, int64_t n,
                     int negative);
// Sets *err to BIG_NOMEM when [p] is NULL; returns [p].
void *big_check(void *p, BigErr *err);

/*** magnitudes (bigint_mag.c) ***/

// Digits of [a] without leading zeros.
int64_t mag_trim(const uint32_t *a, int64_t n);
int mag_cmp(const uint32_t *a, int64_t na, const uint32_t *b, int64_t nb);
// z[0..na] = a + b, na >= nb; z has na + 1 digits (last may be 0).
void mag_add(uint32_t *z, const uint32_t *a, int64_t na, const uint32_t *b,
             int64_t nb);
// z[0..na) = a - b, requires a >= b and na >= nb.
void mag_sub(uint32_t *z, const uint32_t *a, int64_t na, const uint32_t *b,
             int64_t nb);
// z[0..n) += a[0..n) (n digits, z longer); returns the carry out.
uint32_t mag_add_in(uint32_t *z, int64_t nz, const uint32_t *a, int64_t n);
// z[0..nz) -= a[0..n); returns the borrow out.
uint32_t mag_sub_in(uint32_t *z, int64_t nz, const uint32_t *a, int64_t n);
// z[0..n) = a * m + add; returns the carry digit.
uint32_t mag_mul1(uint32_t *z, const uint32_t *a, int64_t n, uint32_t m,
                  uint32_t add);
// z[0..n) = a / d; returns a % d (d != 0, d < BIG_BASE).
uint32_t mag_div1(uint32_t *z, const uint32_t *a, int64_t n, uint32_t d);
// z[0..n) = a << s (0 <= s < 30); returns the bits shifted out on top.
uint32_t mag_lshift(uint32_t *z, const uint32_t *a, int64_t n, int s);
// z[0..n) = a >> s (0 <= s < 30); returns the bits shifted out below
// (in the high end of a digit).
uint32_t mag_rshift(uint32_t *z, const uint32_t *a, int64_t n, int s);
// z[0 .. na+nb) = a * b, schoolbook; z must not overlap a or b.
void mag_mul_school(uint32_t *z, const uint32_t *a, int64_t na,
                    const uint32_t *b, int64_t nb);
// Number of significant bits of the top digit d (0 for d == 0).
int mag_digit_bits(uint32_t d);

/*** shared helpers of the arithmetic files ***/

// z = a * b on magnitudes (Karatsuba above the cutoff). z has na + nb
// digits and must not overlap. Returns 0, or -1 when scratch fails.
int mag_mul(const BigAlloc *al, uint32_t *z, const uint32_t *a, int64_t na,
            const uint32_t *b, int64_t nb);
// Magnitude division: q = a / b, r = a % b (either may be NULL). Requires
// nb >= 1 with a nonzero top digit. Returns 0 or -1 (no memory).
int mag_divrem(const BigAlloc *al, const uint32_t *a, int64_t na,
               const uint32_t *b, int64_t nb, BigInt **q, BigInt **r);
// Bits of [x] from bit [lo] upward, 64 at most: bits below lo that are
// nonzero are reported in *sticky.
uint64_t big_bits_at(const BigInt *x, int64_t lo, int *sticky);

#endif
