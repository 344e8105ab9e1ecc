// bigint.c — BigInt allocation, conversions to and from C numbers and
// doubles, comparison, bit_length, hash and the error texts. The other
// operations live in bigint_*.c; core/NUMBERS.md describes them all.
#include "bigint_impl.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

/*** errors ***/

const char *big_error_type(BigError code) {
  switch (code) {
  case BIG_OK: return "";
  case BIG_NOMEM: return "MemoryError";
  case BIG_DIV_ZERO:
  case BIG_MOD_ZERO:
  case BIG_TRUEDIV_ZERO: return "ZeroDivisionError";
  case BIG_FLOAT_OVERFLOW:
  case BIG_TRUEDIV_OVERFLOW:
  case BIG_FROM_INF:
  case BIG_TOO_MANY_DIGITS: return "OverflowError";
  case BIG_POW_NEGATIVE: return "";
  default: return "ValueError";
  }
}

static const char *fixed_message(BigError code) {
  switch (code) {
  case BIG_DIV_ZERO: return "integer division or modulo by zero";
  case BIG_MOD_ZERO: return "integer modulo by zero";
  case BIG_TRUEDIV_ZERO: return "division by zero";
  case BIG_NEG_SHIFT: return "negative shift count";
  case BIG_FLOAT_OVERFLOW: return "int too large to convert to float";
  case BIG_TRUEDIV_OVERFLOW:
    return "integer division result too large for a float";
  case BIG_POW_MOD_ZERO: return "pow() 3rd argument cannot be 0";
  case BIG_NOT_INVERTIBLE:
    return "base is not invertible for the given modulus";
  case BIG_FROM_INF: return "cannot convert float infinity to integer";
  case BIG_FROM_NAN: return "cannot convert float NaN to integer";
  case BIG_BAD_BASE: return "int() base must be >= 2 and <= 36, or 0";
  case BIG_TOO_MANY_DIGITS: return "too many digits in integer";
  default: return "";
  }
}

// Appends at most [max] code points of the UTF-8 text [s].
static void put_prefix_chars(Buf *out, const char *s, size_t max) {
  size_t i = 0, chars = 0;
  while (s[i]) {
    if (((unsigned char)s[i] & 0xC0) != 0x80) {
      if (chars == max) break;
      chars++;
    }
    i++;
  }
  buf_append(out, s, i);
}

int big_error_message(Buf *out, const BigErr *err, const char *repr) {
  static const char tail[] =
      " for integer string conversion%s; use sys.set_int_max_str_digits() "
      "to increase the limit";
  switch (err->code) {
  case BIG_INVALID_LITERAL:
    buf_printf(out, "invalid literal for int() with base %d: ", err->base);
    put_prefix_chars(out, repr ? repr : "", 200);
    break;
  case BIG_STR_LIMIT_PARSE:
  case BIG_STR_LIMIT_FORMAT: {
    char has[64] = "";
    if (err->code == BIG_STR_LIMIT_PARSE) {
      snprintf(has, sizeof has, ": value has %lld digits",
               (long long)err->ndigits);
    }
    buf_printf(out, "Exceeds the limit (%lld digits)", (long long)err->limit);
    buf_printf(out, tail, has);
    break;
  }
  default: buf_puts(out, fixed_message(err->code));
  }
  return out->failed ? -1 : 0;
}

void *big_check(void *p, BigErr *err) {
  if (!p && err) err->code = BIG_NOMEM;
  return p;
}

/*** allocation ***/

BigInt *big_raw(const BigAlloc *al, int64_t n) {
  if (n < 0 || n > BIG_MAX_DIGITS) return NULL;
  BigInt *x = al->alloc(al->ctx, sizeof(BigInt) + (size_t)n * 4);
  if (x) x->size = n;
  return x;
}

BigInt *big_norm(BigInt *x, int negative) {
  int64_t n = mag_trim(x->digits, big_len(x));
  x->size = negative ? -n : n;
  return x;
}

uint32_t *big_scratch(const BigAlloc *al, int64_t n) {
  if (n < 0 || n > BIG_MAX_DIGITS) return NULL;
  return al->alloc(al->ctx, (size_t)(n ? n : 1) * 4);
}

void big_scratch_free(const BigAlloc *al, uint32_t *p) {
  if (p) al->free(al->ctx, p);
}

void big_free(const BigAlloc *al, BigInt *x) {
  if (x) al->free(al->ctx, x);
}

BigInt *big_from_mag(const BigAlloc *al, const uint32_t *d, int64_t n,
                     int negative) {
  n = mag_trim(d, n);
  BigInt *z = big_raw(al, n);
  if (!z) return NULL;
  if (n) memcpy(z->digits, d, (size_t)n * 4);
  z->size = negative ? -n : n;
  return z;
}

BigInt *big_copy(const BigAlloc *al, const BigInt *x) {
  return big_from_mag(al, x->digits, big_len(x), x->size < 0);
}

/*** C integers ***/

static BigInt *from_mag64(const BigAlloc *al, uint64_t v, int negative) {
  int n = v == 0 ? 0 : v < BIG_BASE ? 1 : v >> 60 == 0 ? 2 : 3;
  BigInt *z = big_raw(al, n);
  if (!z) return NULL;
  for (int i = 0; i < n; i++, v >>= BIG_SHIFT) {
    z->digits[i] = (uint32_t)v & BIG_MASK;
  }
  z->size = negative ? -n : n;
  return z;
}

BigInt *big_from_i64(const BigAlloc *al, int64_t v) {
  uint64_t mag = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
  return from_mag64(al, mag, v < 0);
}

BigInt *big_from_u64(const BigAlloc *al, uint64_t v) {
  return from_mag64(al, v, 0);
}

// |x| as uint64; returns 0 when it needs more than 64 bits.
static int mag64(const BigInt *x, uint64_t *out) {
  int64_t n = big_len(x);
  if (n > 3 || (n == 3 && x->digits[2] >> 4)) return 0;
  uint64_t v = 0;
  for (int64_t i = n - 1; i >= 0; i--) v = v << BIG_SHIFT | x->digits[i];
  *out = v;
  return 1;
}

int big_to_i64(const BigInt *x, int64_t *out) {
  uint64_t v;
  if (!mag64(x, &v)) return 0;
  if (x->size < 0) {
    if (v > (uint64_t)INT64_MAX + 1) return 0;
    *out = v == (uint64_t)INT64_MAX + 1 ? INT64_MIN : -(int64_t)v;
  } else {
    if (v > (uint64_t)INT64_MAX) return 0;
    *out = (int64_t)v;
  }
  return 1;
}

int big_to_u64(const BigInt *x, uint64_t *out) {
  return x->size >= 0 && mag64(x, out);
}

/*** doubles ***/

BigInt *big_from_double(const BigAlloc *al, double d, BigErr *err) {
  if (isinf(d) || isnan(d)) {
    err->code = isnan(d) ? BIG_FROM_NAN : BIG_FROM_INF;
    return NULL;
  }
  double t = trunc(d);
  if (fabs(t) < 9.2e18) return big_check(big_from_i64(al, (int64_t)t), err);
  int e;
  double frac = frexp(fabs(t), &e); // |t| = frac * 2**e, e > 63
  int64_t n = (e - 1) / BIG_SHIFT + 1;
  BigInt *z = big_check(big_raw(al, n), err);
  if (!z) return NULL;
  frac = ldexp(frac, (int)((e - 1) % BIG_SHIFT + 1));
  for (int64_t i = n - 1; i >= 0; i--) {
    uint32_t dig = (uint32_t)frac;
    z->digits[i] = dig;
    frac = ldexp(frac - dig, BIG_SHIFT);
  }
  z->size = d < 0 ? -n : n;
  return z;
}

uint64_t big_bits_at(const BigInt *x, int64_t lo, int *sticky) {
  int64_t n = big_len(x);
  int64_t di = lo / BIG_SHIFT;
  int off = (int)(lo % BIG_SHIFT);
  *sticky = (x->digits[di] & (((uint32_t)1 << off) - 1)) != 0;
  for (int64_t i = 0; i < di && !*sticky; i++) *sticky = x->digits[i] != 0;
  uint64_t v = 0;
  int got = 0;
  for (int64_t i = di; i < n && got < 64; i++) {
    uint64_t part = x->digits[i] >> (i == di ? off : 0);
    v |= part << got;
    got += BIG_SHIFT - (i == di ? off : 0);
  }
  return v;
}

double big_to_double(const BigInt *x, int *overflow) {
  *overflow = 0;
  uint64_t v;
  double r;
  if (mag64(x, &v)) {
    r = (double)v;
  } else {
    int64_t bits = big_bit_length(x);
    if (bits > 1024) {
      *overflow = 1;
      return 0.0;
    }
    int sticky;
    uint64_t top = big_bits_at(x, bits - 64, &sticky);
    r = ldexp((double)(top | (uint64_t)sticky), (int)(bits - 64));
    if (isinf(r)) {
      *overflow = 1;
      return 0.0;
    }
  }
  return x->size < 0 ? -r : r;
}

/*** queries ***/

int big_cmp(const BigInt *a, const BigInt *b) {
  if (a->size != b->size) return a->size < b->size ? -1 : 1;
  int c = mag_cmp(a->digits, big_len(a), b->digits, big_len(b));
  return a->size < 0 ? -c : c;
}

int big_cmp_i64(const BigInt *a, int64_t b) {
  int64_t v;
  if (!big_to_i64(a, &v)) return a->size < 0 ? -1 : 1;
  return v < b ? -1 : v > b;
}

int64_t big_bit_length(const BigInt *x) {
  int64_t n = big_len(x);
  if (n == 0) return 0;
  return (n - 1) * BIG_SHIFT + mag_digit_bits(x->digits[n - 1]);
}

int64_t big_hash(const BigInt *x) {
  const uint64_t modulus = ((uint64_t)1 << 61) - 1;
  uint64_t h = 0;
  for (int64_t i = big_len(x) - 1; i >= 0; i--) {
    h = ((h << BIG_SHIFT) & modulus) | (h >> (61 - BIG_SHIFT));
    h += x->digits[i];
    if (h >= modulus) h -= modulus;
  }
  int64_t r = x->size < 0 ? -(int64_t)h : (int64_t)h;
  return r == -1 ? -2 : r;
}
