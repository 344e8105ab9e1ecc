// numfmt_float.c — double to text as CPython's PyOS_double_to_string and
// format_float_short: digits from numfmt_dtoa.c laid out for the e, f, g
// and r (repr) codes, with the sign, '#', 'z' and ".0" flags. NUMBERS.md.
#include "numfmt_impl.h"

#include <math.h>
#include <string.h>

const char *numfmt_error_type(int status) {
  switch (status) {
  case NUMFMT_VALUE_ERROR: return "ValueError";
  case NUMFMT_OVERFLOW_ERROR: return "OverflowError";
  case NUMFMT_ZERO_DIVISION: return "ZeroDivisionError";
  case NUMFMT_MEMORY_ERROR: return "MemoryError";
  default: return "";
  }
}

static void put_zeros(Buf *out, int64_t n) {
  static const char zeros[] = "0000000000000000000000000000000000000000";
  for (; n > 0; n -= 40) buf_append(out, zeros, n < 40 ? (size_t)n : 40);
}

static void put_special(Buf *out, double x, int upper, int flags) {
  if (isnan(x)) {
    if (flags & NUMFMT_ADD_SIGN) buf_putc(out, '+');
    buf_puts(out, upper ? "NAN" : "nan");
    return;
  }
  if (x < 0) buf_putc(out, '-');
  else if (flags & NUMFMT_ADD_SIGN) buf_putc(out, '+');
  buf_puts(out, upper ? "INF" : "inf");
}

// Where the digits go: vdigits[start, end) of the digit string padded with
// zeros on both sides, the point after position decpt, optional exponent.
typedef struct Layout {
  int64_t decpt, start, end;
  int use_exp, exp;
} Layout;

static Layout plan(const Digits *dg, char code, int64_t precision,
                   int flags) {
  Layout l = {dg->decpt, 0, dg->n, 0, 0};
  int add_dot_0 = (flags & NUMFMT_ADD_DOT_0) != 0;
  switch (code) {
  case 'e':
    l.use_exp = 1;
    l.end = precision;
    break;
  case 'f': l.end = l.decpt + precision; break;
  case 'g':
    l.use_exp = l.decpt <= -4 || l.decpt > (add_dot_0 ? precision - 1
                                                      : precision);
    if (flags & NUMFMT_ALT) l.end = precision;
    break;
  default: l.use_exp = l.decpt <= -4 || l.decpt > 16; // 'r'
  }
  if (l.use_exp) {
    l.exp = (int)(l.decpt - 1);
    l.decpt = 1;
  }
  l.start = l.decpt <= 0 ? l.decpt - 1 : 0;
  int64_t min_end = l.decpt + (!l.use_exp && add_dot_0);
  if (l.end < min_end) l.end = min_end;
  return l;
}

static void put_digits(Buf *out, const Digits *dg, const Layout *l,
                       int flags) {
  size_t mark = out->len;
  if (l->decpt <= 0) {
    put_zeros(out, l->decpt - l->start);
    buf_putc(out, '.');
    put_zeros(out, -l->decpt);
  } else {
    put_zeros(out, -l->start);
  }
  if (0 < l->decpt && l->decpt <= dg->n) {
    buf_append(out, dg->d, (size_t)l->decpt);
    buf_putc(out, '.');
    buf_append(out, dg->d + l->decpt, (size_t)(dg->n - l->decpt));
  } else {
    buf_append(out, dg->d, (size_t)dg->n);
  }
  if (dg->n < l->decpt) {
    put_zeros(out, l->decpt - dg->n);
    buf_putc(out, '.');
    put_zeros(out, l->end - l->decpt);
  } else {
    put_zeros(out, l->end - dg->n);
  }
  if (out->len > mark && !out->failed && out->data[out->len - 1] == '.' &&
      !(flags & NUMFMT_ALT)) {
    out->data[--out->len] = '\0';
  }
}

int numfmt_double(Buf *out, double x, char code, int precision, int flags) {
  int upper = code >= 'A' && code <= 'Z';
  char c = (char)(upper ? code + ('a' - 'A') : code);
  if (!isfinite(x)) {
    put_special(out, x, upper, flags);
    return out->failed ? NUMFMT_MEMORY_ERROR : 0;
  }
  Digits dg;
  int64_t prec = precision + (c == 'e');
  if (c == 'g' && prec == 0) prec = 1;
  DtoaMode mode = c == 'r' ? DTOA_SHORTEST : c == 'f' ? DTOA_FIXED
                                                      : DTOA_SIGNIFICANT;
  // No double has more than 1074 digits after the point or 767
  // significant ones: larger requests give the same digits.
  numfmt_dtoa(x, mode, prec > 1100 ? 1100 : (int)prec, &dg);
  int negative = dg.negative;
  if ((flags & NUMFMT_NO_NEG_0) && (dg.n == 0 || (dg.n == 1 && dg.d[0] == '0')))
    negative = 0;
  if (negative) buf_putc(out, '-');
  else if (flags & NUMFMT_ADD_SIGN) buf_putc(out, '+');
  Layout l = plan(&dg, c, prec, flags);
  put_digits(out, &dg, &l, flags);
  if (l.use_exp) {
    buf_printf(out, "%c%c%02d", upper ? 'E' : 'e', l.exp < 0 ? '-' : '+',
               l.exp < 0 ? -l.exp : l.exp);
  }
  return out->failed ? NUMFMT_MEMORY_ERROR : 0;
}

int numfmt_repr(Buf *out, double x) {
  return numfmt_double(out, x, 'r', 0, NUMFMT_ADD_DOT_0);
}

/*** UTF-8 helpers shared by the formatting files ***/

void numfmt_put_fill(Buf *out, uint32_t cp, int64_t n) {
  if (cp < 0x80) {
    char run[64];
    memset(run, (int)cp, sizeof run);
    for (; n > 0; n -= 64) buf_append(out, run, n < 64 ? (size_t)n : 64);
    return;
  }
  for (; n > 0; n--) buf_put_utf8(out, cp);
}

size_t numfmt_utf8_len(const char *s, size_t len) {
  size_t n = 0;
  for (size_t i = 0; i < len; i++) n += ((unsigned char)s[i] & 0xC0) != 0x80;
  return n;
}

size_t numfmt_utf8_prefix(const char *s, size_t len, size_t chars) {
  size_t i = 0, n = 0;
  for (; i < len; i++) {
    if (((unsigned char)s[i] & 0xC0) != 0x80 && n++ == chars) break;
  }
  return i;
}
