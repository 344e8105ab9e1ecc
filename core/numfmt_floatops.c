// numfmt_floatops.c — float arithmetic with CPython's special cases and
// messages: round() (correctly rounded through exact decimal digits), /,
// //, %, divmod(), ** and hash(). See core/NUMBERS.md.
#include "numfmt_impl.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

static int fail(Buf *err, int status, const char *msg) {
  buf_puts(err, msg);
  return status;
}

/*** round ***/

BigInt *numfmt_round_to_int(const BigAlloc *al, double x, BigErr *err) {
  double r = round(x);
  if (fabs(x - r) == 0.5) r = 2.0 * round(x / 2.0); // ties to even
  return big_from_double(al, r, err);
}

// x rounded to [ndigits] decimals: the digits of dtoa mode 3 read back.
static double round_digits(double x, int ndigits) {
  Digits dg;
  numfmt_dtoa(x, DTOA_FIXED, ndigits, &dg);
  char text[DIGITS_MAX + 32];
  snprintf(text, sizeof text, "%s0%se%d", dg.negative ? "-" : "", dg.d,
           dg.decpt - dg.n);
  return strtod(text, NULL);
}

int numfmt_round(double x, int64_t ndigits, double *out, Buf *err) {
  const int64_t max = 323, min = -308; // beyond: x itself or +-0.0
  if (!isfinite(x) || ndigits > max) {
    *out = x;
  } else if (ndigits < min) {
    *out = 0.0 * x;
  } else {
    *out = round_digits(x, (int)ndigits);
    if (isinf(*out)) {
      return fail(err, NUMFMT_OVERFLOW_ERROR,
                  "rounded value too large to represent");
    }
  }
  return 0;
}

/*** division ***/

int numfmt_float_div(double a, double b, double *out, Buf *err) {
  if (b == 0.0) {
    return fail(err, NUMFMT_ZERO_DIVISION, "float division by zero");
  }
  *out = a / b;
  return 0;
}

// CPython's _float_div_mod: fmod, then sign fix-ups and snapping.
static void div_mod(double a, double b, double *q, double *r) {
  double mod = fmod(a, b);
  double div = (a - mod) / b;
  if (mod) {
    if ((b < 0) != (mod < 0)) {
      mod += b;
      div -= 1.0;
    }
  } else {
    mod = copysign(0.0, b);
  }
  if (div) {
    *q = floor(div);
    if (div - *q > 0.5) *q += 1.0;
  } else {
    *q = copysign(0.0, a / b);
  }
  *r = mod;
}

int numfmt_float_floordiv(double a, double b, double *out, Buf *err) {
  if (b == 0.0) {
    return fail(err, NUMFMT_ZERO_DIVISION, "float floor division by zero");
  }
  double r;
  div_mod(a, b, out, &r);
  return 0;
}

int numfmt_float_mod(double a, double b, double *out, Buf *err) {
  if (b == 0.0) return fail(err, NUMFMT_ZERO_DIVISION, "float modulo");
  double mod = fmod(a, b);
  if (mod) {
    if ((b < 0) != (mod < 0)) mod += b;
  } else {
    mod = copysign(0.0, b);
  }
  *out = mod;
  return 0;
}

int numfmt_float_divmod(double a, double b, double *q, double *r, Buf *err) {
  if (b == 0.0) return fail(err, NUMFMT_ZERO_DIVISION, "float divmod()");
  div_mod(a, b, q, r);
  return 0;
}

/*** pow ***/

static int is_odd_integer(double x) { return fmod(fabs(x), 2.0) == 1.0; }

// The cases CPython settles before calling the C library's pow.
static int pow_special(double a, double b, double *out, Buf *err) {
  if (b == 0) *out = 1.0;
  else if (isnan(a)) *out = a;
  else if (isnan(b)) *out = a == 1.0 ? 1.0 : b;
  else if (isinf(b)) {
    double m = fabs(a);
    *out = m == 1.0 ? 1.0 : (b > 0.0) == (m > 1.0) ? fabs(b) : 0.0;
  } else if (isinf(a)) {
    int odd = is_odd_integer(b);
    *out = b > 0.0 ? (odd ? a : fabs(a)) : (odd ? copysign(0.0, a) : 0.0);
  } else if (a == 0.0) {
    if (b < 0.0) {
      return fail(err, NUMFMT_ZERO_DIVISION,
                  "0.0 cannot be raised to a negative power");
    }
    *out = is_odd_integer(b) ? a : 0.0;
  } else {
    return 1; // not special
  }
  return 0;
}

int numfmt_float_pow(double a, double b, double *out, Buf *err) {
  int rc = pow_special(a, b, out, err);
  if (rc <= 0) return rc;
  int negate = 0;
  if (a < 0.0) {
    if (b != floor(b)) return NUMFMT_COMPLEX; // the VM computes complex pow
    a = -a;
    negate = is_odd_integer(b);
  }
  double r = a == 1.0 ? 1.0 : pow(a, b);
  if (isinf(r)) {
    return fail(err, NUMFMT_OVERFLOW_ERROR,
                "(34, 'Numerical result out of range')");
  }
  *out = negate ? -r : r;
  return 0;
}

/*** queries ***/

int numfmt_float_is_integer(double x) { return isfinite(x) && floor(x) == x; }

int64_t numfmt_float_hash(double x) {
  const uint64_t modulus = ((uint64_t)1 << 61) - 1;
  if (!isfinite(x)) return isinf(x) ? (x > 0 ? 314159 : -314159) : 0;
  int e;
  double m = frexp(x, &e);
  int sign = m < 0 ? -1 : 1;
  m = fabs(m);
  uint64_t h = 0;
  while (m) { // 28 bits at a time
    h = ((h << 28) & modulus) | h >> (61 - 28);
    m *= 268435456.0;
    e -= 28;
    uint64_t y = (uint64_t)m;
    m -= (double)y;
    h += y;
    if (h >= modulus) h -= modulus;
  }
  e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
  h = ((h << e) & modulus) | h >> (61 - e);
  int64_t r = sign < 0 ? -(int64_t)h : (int64_t)h;
  return r == -1 ? -2 : r;
}
