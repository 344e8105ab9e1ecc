// numfmt_parse.c — float(str) and float literals with CPython's rules:
// Unicode digits and spaces, underscores only between digits, surrounding
// whitespace, inf/infinity/nan in any case. The validated decimal text is
// converted by the C library's strtod, which is correctly rounded in glibc
// and musl (the C locale is assumed). See core/NUMBERS.md.
#include "numfmt_impl.h"
#include "numfmt_ascii.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static int is_digit(char c) { return c >= '0' && c <= '9'; }

static int is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// Removes underscores from t[0..*n) in place; each must sit between two
// digits. Returns -1 when one does not (or when t holds a NUL byte).
int numfmt_drop_underscores(char *t, size_t *n) {
  if (!memchr(t, '_', *n)) return 0;
  size_t j = 0;
  char prev = 0;
  for (size_t i = 0; i < *n; i++) {
    char c = t[i];
    if (c == '\0') return -1;
    if (c == '_' ? !is_digit(prev) : prev == '_' && !is_digit(c)) return -1;
    if (c != '_') t[j++] = c;
    prev = c;
  }
  if (prev == '_') return -1;
  *n = j;
  return 0;
}

// Length of the longest decimal-float prefix of s[0..n) ("" when none):
// [sign] digits [. digits] [e [sign] digits], at least one mantissa digit.
static size_t decimal_prefix(const char *s, size_t n) {
  size_t i = 0, mant = 0;
  if (i < n && (s[i] == '+' || s[i] == '-')) i++;
  while (i < n && is_digit(s[i])) i++, mant++;
  if (i < n && s[i] == '.') {
    i++;
    while (i < n && is_digit(s[i])) i++, mant++;
  }
  if (mant == 0) return 0;
  if (i < n && (s[i] == 'e' || s[i] == 'E')) {
    size_t j = i + 1;
    if (j < n && (s[j] == '+' || s[j] == '-')) j++;
    if (j < n && is_digit(s[j])) {
      while (j < n && is_digit(s[j])) j++;
      i = j;
    }
  }
  return i;
}

// Whether s[0..n) equals the lower-case word w[0..n) ignoring case.
static int same_word(const char *s, const char *w, size_t n) {
  for (size_t i = 0; i < n; i++) {
    if ((s[i] | 0x20) != w[i]) return 0;
  }
  return 1;
}

// "inf", "infinity" or "nan" (any case) with an optional sign.
static int special_value(const char *s, size_t n, double *out) {
  int negative = n && s[0] == '-';
  if (n && (s[0] == '+' || s[0] == '-')) s++, n--;
  if ((n == 3 || n == 8) && same_word(s, "infinity", n)) {
    *out = negative ? -INFINITY : INFINITY;
    return 1;
  }
  if (n == 3 && same_word(s, "nan", 3)) {
    *out = negative ? -NAN : NAN;
    return 1;
  }
  return 0;
}

// Converts the ASCII text t[0..n) (writable, one spare byte).
static int parse_ascii(char *t, size_t n, double *out) {
  if (numfmt_drop_underscores(t, &n) < 0) return NUMFMT_VALUE_ERROR;
  size_t a = 0;
  while (a < n && is_space(t[a])) a++;
  if (a == n) return NUMFMT_VALUE_ERROR;
  while (n - 1 > a && is_space(t[n - 1])) n--;
  if (decimal_prefix(t + a, n - a) == n - a) {
    t[n] = '\0';
    *out = strtod(t + a, NULL);
    return 0;
  }
  return special_value(t + a, n - a, out) ? 0 : NUMFMT_VALUE_ERROR;
}

int numfmt_parse_float(const char *s, size_t len, double *out) {
  Buf t;
  buf_init(&t);
  buf_append(&t, s, len); // room for the transformed text and a NUL
  if (t.failed) return NUMFMT_MEMORY_ERROR;
  size_t n = numfmt_to_ascii(s, len, t.data);
  int rc = parse_ascii(t.data, n, out);
  buf_free(&t);
  return rc;
}

size_t numfmt_float_prefix(const char *s, size_t n, double *out) {
  size_t len = decimal_prefix(s, n);
  if (len) {
    Buf t;
    buf_init(&t);
    buf_append(&t, s, len);
    *out = t.failed ? 0.0 : strtod(buf_cstr(&t), NULL);
    buf_free(&t);
    return t.failed ? 0 : len;
  }
  size_t i = n && (s[0] == '+' || s[0] == '-');
  size_t w = n - i >= 8 && same_word(s + i, "infinity", 8) ? 8
             : n - i >= 3 && (same_word(s + i, "inf", 3) ||
                              same_word(s + i, "nan", 3))
                 ? 3
                 : 0;
  if (!w) return 0;
  special_value(s, i + w, out);
  return i + w;
}

int numfmt_float_parse_message(Buf *err, const char *repr) {
  buf_puts(err, "could not convert string to float: ");
  buf_puts(err, repr);
  return err->failed ? NUMFMT_MEMORY_ERROR : 0;
}

double numfmt_float_literal(const char *s, size_t len) {
  double d = 0;
  numfmt_parse_float(s, len, &d);
  return d;
}
