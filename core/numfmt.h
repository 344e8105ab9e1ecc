// numfmt.h — float text and arithmetic helpers with CPython's exact results:
// repr (shortest round-trip), parsing for float(str), round(x, n), and the
// special cases of x ** y. The format-spec mini-language is in format.h.
#ifndef core_numfmt_h
#define core_numfmt_h

#include <stddef.h>
#include <stdint.h>

#include "buf.h"

// Appends repr(x) as CPython 3.11 writes it ("0.1", "1e+16", "inf", "-0.0").
int numfmt_repr_double(Buf *out, double x);
// float(str) rules (whitespace, sign, underscores, inf/nan). 0 or -1.
int numfmt_parse_double(const char *s, size_t len, double *out);
// round(x, ndigits), correctly rounded. -1 when the result overflows.
int numfmt_round_double(double x, int64_t ndigits, double *out);

typedef enum {
  NUMFMT_POW_OK,
  NUMFMT_POW_ZERO_NEGATIVE, // ZeroDivisionError
  NUMFMT_POW_COMPLEX,       // negative base, fractional exponent
  NUMFMT_POW_OVERFLOW,      // OverflowError (34, 'Numerical result ...')
  NUMFMT_POW_DOMAIN,        // ValueError: math domain error
} NumfmtPowStatus;

typedef struct NumfmtPowResult {
  NumfmtPowStatus status;
  double value;
} NumfmtPowResult;

// x ** y for floats with CPython's float_pow special cases.
NumfmtPowResult numfmt_pow_double(double x, double y);

#endif
