// unicode_class.c — str.isX predicates (see unicode_class.h). Most are
// "non-empty and every code point has one of these flags"; islower, isupper
// and istitle follow CPython's cased-letter loops.
#include "unicode_class.h"

#include "unicode_char.h"
#include "unicode_utf8.h"

// 1 when [s] is non-empty (or [empty_ok]) and every code point has one of
// [flags].
static int all_have(const char *s, size_t len, unsigned flags, int empty_ok) {
  if (len == 0) return empty_ok;
  size_t i = 0;
  while (i < len)
    if (!(ucd_flags(utf8_next(s, &i)) & flags)) return 0;
  return 1;
}

int unicode_isalpha(const char *s, size_t len) {
  return all_have(s, len, UNICODE_ALPHA, 0);
}

int unicode_isdecimal(const char *s, size_t len) {
  return all_have(s, len, UNICODE_DECIMAL, 0);
}

int unicode_isdigit(const char *s, size_t len) {
  return all_have(s, len, UNICODE_DIGIT, 0);
}

int unicode_isnumeric(const char *s, size_t len) {
  return all_have(s, len, UNICODE_NUMERIC, 0);
}

int unicode_isalnum(const char *s, size_t len) {
  unsigned f = UNICODE_ALPHA | UNICODE_DECIMAL | UNICODE_DIGIT |
               UNICODE_NUMERIC;
  return all_have(s, len, f, 0);
}

int unicode_isspace(const char *s, size_t len) {
  return all_have(s, len, UNICODE_SPACE, 0);
}

int unicode_isprintable(const char *s, size_t len) {
  return all_have(s, len, UNICODE_PRINTABLE, 1);
}

int unicode_isascii(const char *s, size_t len) {
  return utf8_is_ascii(s, len);
}

// islower/isupper: no code point of the [bad] kinds, and at least one with
// [want].
static int cased_only(const char *s, size_t len, unsigned want,
                      unsigned bad) {
  int cased = 0;
  size_t i = 0;
  while (i < len) {
    unsigned f = ucd_flags(utf8_next(s, &i));
    if (f & bad) return 0;
    if (f & want) cased = 1;
  }
  return cased;
}

int unicode_islower(const char *s, size_t len) {
  return cased_only(s, len, UNICODE_LOWER, UNICODE_UPPER | UNICODE_TITLE);
}

int unicode_isupper(const char *s, size_t len) {
  return cased_only(s, len, UNICODE_UPPER, UNICODE_LOWER | UNICODE_TITLE);
}

// Uppercase/titlecase letters may only follow uncased characters, lowercase
// ones only cased characters; at least one cased letter.
int unicode_istitle(const char *s, size_t len) {
  int cased = 0, previous_is_cased = 0;
  size_t i = 0;
  while (i < len) {
    unsigned f = ucd_flags(utf8_next(s, &i));
    if (f & (UNICODE_UPPER | UNICODE_TITLE)) {
      if (previous_is_cased) return 0;
      previous_is_cased = cased = 1;
    } else if (f & UNICODE_LOWER) {
      if (!previous_is_cased) return 0;
      previous_is_cased = cased = 1;
    } else {
      previous_is_cased = 0;
    }
  }
  return cased;
}

int unicode_isidentifier(const char *s, size_t len) {
  if (len == 0) return 0;
  size_t i = 0;
  uint32_t first = utf8_next(s, &i);
  if (first != '_' && !ucd_isxid_start(first)) return 0;
  while (i < len)
    if (!ucd_isxid_continue(utf8_next(s, &i))) return 0;
  return 1;
}
