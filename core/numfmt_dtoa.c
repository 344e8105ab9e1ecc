// numfmt_dtoa.c — exact decimal digits of a double (Steele & White /
// Burger & Dybvig with fixed-size bignums): the shortest round-trip string
// with the same decisions as David Gay's dtoa mode 0, and correctly
// rounded (half-even) digits for modes 2 and 3. See core/NUMBERS.md.
#include "numfmt_impl.h"

#include <math.h>
#include <string.h>

// Values never exceed 2**1140 here (10**324 * 2**55 and 10 * s), so 40
// 32-bit limbs are enough.
#define FIX_LIMBS 40

typedef struct Fix {
  int n; // limbs in use; the top one is nonzero (n == 0 for zero)
  uint32_t d[FIX_LIMBS];
} Fix;

/*** fixed-size bignum ***/

static void fix_set(Fix *x, uint64_t v) {
  x->d[0] = (uint32_t)v;
  x->d[1] = (uint32_t)(v >> 32);
  x->n = x->d[1] ? 2 : x->d[0] ? 1 : 0;
}

static void fix_mul_small(Fix *x, uint32_t m) {
  uint64_t carry = 0;
  for (int i = 0; i < x->n; i++) {
    carry += (uint64_t)x->d[i] * m;
    x->d[i] = (uint32_t)carry;
    carry >>= 32;
  }
  if (carry) x->d[x->n++] = (uint32_t)carry;
}

static void fix_shl(Fix *x, int bits) {
  if (x->n == 0) return;
  int whole = bits / 32, part = bits % 32;
  if (part) {
    uint32_t carry = 0;
    for (int i = 0; i < x->n; i++) {
      uint32_t v = x->d[i];
      x->d[i] = v << part | carry;
      carry = v >> (32 - part);
    }
    if (carry) x->d[x->n++] = carry;
  }
  if (whole) {
    memmove(x->d + whole, x->d, (size_t)x->n * 4);
    memset(x->d, 0, (size_t)whole * 4);
    x->n += whole;
  }
}

static void fix_mul_pow10(Fix *x, int k) {
  static const uint32_t pow5[14] = {1,       5,        25,        125,
                                    625,     3125,     15625,     78125,
                                    390625,  1953125,  9765625,   48828125,
                                    244140625, 1220703125};
  for (int left = k; left > 0; left -= 13) {
    fix_mul_small(x, pow5[left < 13 ? left : 13]);
  }
  fix_shl(x, k);
}

static int fix_cmp(const Fix *a, const Fix *b) {
  if (a->n != b->n) return a->n < b->n ? -1 : 1;
  for (int i = a->n - 1; i >= 0; i--) {
    if (a->d[i] != b->d[i]) return a->d[i] < b->d[i] ? -1 : 1;
  }
  return 0;
}

static void fix_add(Fix *z, const Fix *a, const Fix *b) {
  if (a->n < b->n) {
    const Fix *t = a;
    a = b;
    b = t;
  }
  uint64_t carry = 0;
  for (int i = 0; i < a->n; i++) {
    carry += (uint64_t)a->d[i] + (i < b->n ? b->d[i] : 0);
    z->d[i] = (uint32_t)carry;
    carry >>= 32;
  }
  z->n = a->n;
  if (carry) z->d[z->n++] = (uint32_t)carry;
}

static void fix_trim(Fix *x) {
  while (x->n > 0 && x->d[x->n - 1] == 0) x->n--;
}

// a -= q * b (the result is known to be >= 0).
static void fix_sub_mul(Fix *a, const Fix *b, uint32_t q) {
  uint64_t carry = 0;
  int64_t borrow = 0;
  for (int i = 0; i < a->n; i++) {
    if (i < b->n) carry += (uint64_t)b->d[i] * q;
    int64_t t = (int64_t)a->d[i] - (int64_t)(uint32_t)carry + borrow;
    carry >>= 32;
    a->d[i] = (uint32_t)t;
    borrow = t < 0 ? -1 : 0;
  }
  fix_trim(a);
}

static int fix_bit_length(const Fix *x) {
  if (x->n == 0) return 0;
  uint32_t top = x->d[x->n - 1];
  int bits = 0;
  while (top) {
    bits++;
    top >>= 1;
  }
  return (x->n - 1) * 32 + bits;
}

static uint32_t limb(const Fix *x, int i) { return i < x->n ? x->d[i] : 0; }

// Bits [lo, lo + 64) of x.
static uint64_t fix_window(const Fix *x, int lo) {
  int li = lo / 32, off = lo % 32;
  uint64_t low = (uint64_t)limb(x, li + 1) << 32 | limb(x, li);
  if (!off) return low;
  return low >> off | (uint64_t)limb(x, li + 2) << (64 - off);
}

// Returns floor(r / s) (r < 10 s) and leaves r mod s in r.
static int fix_digit(Fix *r, const Fix *s) {
  int sb = fix_bit_length(s);
  int lo = sb > 32 ? sb - 32 : 0;
  uint64_t s_hi = fix_window(s, lo), r_hi = fix_window(r, lo);
  uint32_t q = (uint32_t)(r_hi / (s_hi + (lo > 0)));
  if (q) fix_sub_mul(r, s, q);
  while (fix_cmp(r, s) >= 0) {
    fix_sub_mul(r, s, 1);
    q++;
  }
  return (int)q;
}

/*** setup ***/

// The exact value x = r / s with margins: (r - mm) / s and (r + mp) / s
// are the midpoints to the neighbouring doubles.
typedef struct Ratio {
  Fix r, s, mp, mm;
  int asym; // mp == 2 * mm (a power of two); otherwise mm == mp
  int odd;  // mantissa is odd: the midpoints themselves read back wrongly
  int k;    // after scaling: 1 <= r / s < 10 and x = r / s * 10**k
} Ratio;

static void ratio_init(Ratio *q, double x, int margins) {
  uint64_t bits;
  memcpy(&bits, &x, sizeof bits);
  int biased = (int)(bits >> 52 & 0x7FF);
  uint64_t f = bits & (((uint64_t)1 << 52) - 1);
  int asym = margins && f == 0 && biased > 1;
  q->asym = asym;
  q->odd = (int)(f & 1);
  int e = biased ? biased - 1075 : -1074;
  if (biased) f |= (uint64_t)1 << 52;
  int scale = margins ? 1 + asym : 0; // r, s doubled (or quadrupled)
  fix_set(&q->r, f);
  fix_set(&q->s, 1);
  fix_set(&q->mp, 1);
  fix_set(&q->mm, 1);
  fix_shl(&q->r, (e > 0 ? e : 0) + scale);
  fix_shl(&q->s, (e < 0 ? -e : 0) + scale);
  fix_shl(&q->mp, (e > 0 ? e : 0) + asym);
  fix_shl(&q->mm, e > 0 ? e : 0);
}

// Scales so that 1 <= r / s < 10, setting k.
static void ratio_scale(Ratio *q, double x) {
  int k = (int)floor(log10(fabs(x)));
  if (k >= 0) {
    fix_mul_pow10(&q->s, k);
  } else {
    fix_mul_pow10(&q->r, -k);
    fix_mul_pow10(&q->mp, -k);
    if (q->asym) fix_mul_pow10(&q->mm, -k);
  }
  Fix s10 = q->s;
  fix_mul_small(&s10, 10);
  if (fix_cmp(&q->r, &s10) >= 0) {
    q->s = s10;
    k++;
  } else if (fix_cmp(&q->r, &q->s) < 0) {
    fix_mul_small(&q->r, 10);
    fix_mul_small(&q->mp, 10);
    if (q->asym) fix_mul_small(&q->mm, 10);
    k--;
  }
  q->k = k;
}

/*** digit strings ***/

// Adds one to the last digit of out, carrying through nines.
static void round_up(Digits *out) {
  int i = out->n - 1;
  while (i >= 0 && out->d[i] == '9') i--;
  if (i < 0) {
    out->d[0] = '1';
    out->n = 1;
    out->decpt++;
    return;
  }
  out->d[i]++;
  out->n = i + 1;
}

static void strip_zeros(Digits *out) {
  while (out->n > 0 && out->d[out->n - 1] == '0') out->n--;
}

// Shortest digits: stops as soon as the digits read back to x; with two
// candidates takes the nearer (ties to an even digit), as dtoa mode 0.
static void shortest(Ratio *q, Digits *out) {
  int even = !q->odd;
  Fix hi;
  for (;;) {
    int dig = fix_digit(&q->r, &q->s);
    int j = fix_cmp(&q->r, q->asym ? &q->mm : &q->mp);
    fix_add(&hi, &q->r, &q->mp);
    int j1 = fix_cmp(&hi, &q->s);
    out->d[out->n++] = (char)('0' + dig);
    if (j1 == 0 && even) { // dtoa rounds a 9 up here even when j <= 0
      if (j > 0 || dig == 9) round_up(out);
      return;
    }
    if (j < 0 || (j == 0 && even)) {
      if (j1 > 0 && q->r.n != 0) {
        Fix twice = q->r;
        fix_shl(&twice, 1);
        int c = fix_cmp(&twice, &q->s);
        if (c > 0 || (c == 0 && (dig & 1))) round_up(out);
      }
      return;
    }
    if (j1 > 0) {
      round_up(out);
      return;
    }
    fix_mul_small(&q->r, 10);
    fix_mul_small(&q->mp, 10);
    if (q->asym) fix_mul_small(&q->mm, 10);
  }
}

// [ilim] >= 1 correctly rounded digits (fewer when the value is exact).
static void fixed(Ratio *q, int ilim, Digits *out) {
  if (ilim > DIGITS_MAX) ilim = DIGITS_MAX;
  for (int i = 0; i < ilim; i++) {
    out->d[out->n++] = (char)('0' + fix_digit(&q->r, &q->s));
    if (q->r.n == 0) {
      strip_zeros(out);
      return;
    }
    if (i + 1 < ilim) fix_mul_small(&q->r, 10);
  }
  fix_shl(&q->r, 1);
  int c = fix_cmp(&q->r, &q->s);
  if (c > 0 || (c == 0 && ((out->d[out->n - 1] - '0') & 1))) round_up(out);
  strip_zeros(out);
}

void numfmt_dtoa(double x, DtoaMode mode, int ndigits, Digits *out) {
  out->negative = signbit(x) != 0;
  out->n = 0;
  if (x == 0) {
    out->d[out->n++] = '0';
    out->decpt = 1;
    out->d[out->n] = '\0';
    return;
  }
  Ratio q;
  ratio_init(&q, x, mode == DTOA_SHORTEST);
  ratio_scale(&q, x);
  out->decpt = q.k + 1;
  if (mode == DTOA_SHORTEST) {
    shortest(&q, out);
  } else {
    int ilim = mode == DTOA_SIGNIFICANT ? (ndigits > 0 ? ndigits : 1)
                                        : ndigits + out->decpt;
    Fix s5 = q.s;
    fix_mul_small(&s5, 5);
    if (ilim < 0 || (ilim == 0 && fix_cmp(&q.r, &s5) <= 0)) {
      out->decpt = -ndigits; // rounds to zero: no digits
    } else if (ilim == 0) {
      out->d[out->n++] = '1';
      out->decpt++;
    } else {
      fixed(&q, ilim, out);
    }
  }
  out->d[out->n] = '\0';
}
