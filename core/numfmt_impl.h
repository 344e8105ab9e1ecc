// numfmt_impl.h — internals shared by the numfmt_*.c files: decimal digit
// generation for doubles (numfmt_dtoa.c) and small text helpers. Not for
// use outside core/numfmt*.c. See core/NUMBERS.md.
#ifndef core_numfmt_impl_h
#define core_numfmt_impl_h

#include "numfmt.h"

// A double's exact value has at most 767 significant decimal digits, so
// every digit string fits (generation stops when the remainder is zero).
#define DIGITS_MAX 800

// Digit generation modes, as in David Gay's dtoa.
typedef enum {
  DTOA_SHORTEST = 0, // shortest string that reads back to the same double
  DTOA_SIGNIFICANT = 2, // [ndigits] significant digits, correctly rounded
  DTOA_FIXED = 3        // [ndigits] digits after the point (may be < 0)
} DtoaMode;

// Decimal digits of |x|: value = 0.d1d2d3... * 10**decpt. Trailing zeros
// are stripped; an empty string means the value rounded to zero. Zero
// gives "0" with decpt 1. Infinities and NaN are not accepted.
typedef struct Digits {
  char d[DIGITS_MAX + 2];
  int n;
  int decpt;
  int negative; // sign bit of x
} Digits;

void numfmt_dtoa(double x, DtoaMode mode, int ndigits, Digits *out);

// Appends CPython's "Unknown format code" message; returns the status.
int numfmt_unknown_code(uint32_t type, const char *type_name, Buf *err);

// Appends [n] copies of code point [cp] (UTF-8).
void numfmt_put_fill(Buf *out, uint32_t cp, int64_t n);
// Number of code points in the UTF-8 text s[0..len).
size_t numfmt_utf8_len(const char *s, size_t len);
// Byte length of the first [chars] code points of s[0..len).
size_t numfmt_utf8_prefix(const char *s, size_t len, size_t chars);

#endif
