// unicode_case.c — the str case methods (see unicode_case.h). One loop maps
// each code point by operation; ASCII-only strings take a byte loop. The
// rules (which mapping applies where) follow CPython's do_title,
// do_capitalize, do_swapcase and lower_ucs4 in Objects/unicodeobject.c.
#include "unicode_case.h"

#include "unicode_char.h"
#include "unicode_out.h"
#include "unicode_utf8.h"

typedef enum CaseOp {
  OP_UPPER,
  OP_LOWER,
  OP_FOLD,
  OP_TITLE,
  OP_CAPITALIZE,
  OP_SWAP
} CaseOp;

/*** ASCII ***/

static int ascii_lower_letter(unsigned char c) { return c >= 'a' && c <= 'z'; }
static int ascii_upper_letter(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static char to_upper(unsigned char c) {
  return (char)(ascii_lower_letter(c) ? c - 32 : c);
}
static char to_lower(unsigned char c) {
  return (char)(ascii_upper_letter(c) ? c + 32 : c);
}

// Maps one ASCII byte; [prev] is "previous char is cased" for title and
// "not the first char" for capitalize.
static char ascii_map(CaseOp op, unsigned char c, int *prev) {
  int was = *prev;
  switch (op) {
  case OP_UPPER: return to_upper(c);
  case OP_LOWER:
  case OP_FOLD: return to_lower(c);
  case OP_TITLE:
    *prev = ascii_lower_letter(c) || ascii_upper_letter(c);
    return was ? to_lower(c) : to_upper(c);
  case OP_CAPITALIZE: *prev = 1; return was ? to_lower(c) : to_upper(c);
  case OP_SWAP: break;
  }
  return ascii_upper_letter(c) ? to_lower(c) : to_upper(c);
}

static int case_ascii(const char *s, size_t len, CaseOp op, Buf *out) {
  int prev = 0;
  UOut o;
  uout_init(&o, out);
  for (size_t i = 0; i < len; i++)
    uout_byte(&o, ascii_map(op, (unsigned char)s[i], &prev));
  return uout_done(&o);
}

/*** general ***/

// Final sigma: U+03A3 lowers to U+03C2 when preceded by a cased letter and
// not followed by one, skipping case-ignorable characters both ways.
// [at, next) are the bytes of the sigma.
static uint32_t lower_sigma(const char *s, size_t len, size_t at,
                            size_t next) {
  int final = 0;
  while (at > 0) {
    uint32_t c = utf8_prev(s, &at);
    if (!ucd_iscase_ignorable(c)) {
      final = ucd_iscased(c);
      break;
    }
  }
  while (final && next < len) {
    uint32_t c = utf8_next(s, &next);
    if (!ucd_iscase_ignorable(c)) {
      final = !ucd_iscased(c);
      break;
    }
  }
  return final ? 0x3C2 : 0x3C3;
}

static int lower_ctx(const char *s, size_t len, size_t at, size_t next,
                     uint32_t cp, uint32_t m[3]) {
  if (cp != 0x3A3) return ucd_case_full(cp, UCD_LOWER, m);
  m[0] = lower_sigma(s, len, at, next);
  return 1;
}

static int swap_one(const char *s, size_t len, size_t at, size_t next,
                    uint32_t cp, uint32_t m[3]) {
  if (ucd_isupper(cp)) return lower_ctx(s, len, at, next, cp, m);
  if (ucd_islower(cp)) return ucd_case_full(cp, UCD_UPPER, m);
  m[0] = cp;
  return 1;
}

// Maps the code point [cp] at bytes [at, next) of [s]; [prev] as in
// ascii_map. Writes up to 3 code points to [m] and returns how many.
static int map_cp(CaseOp op, const char *s, size_t len, size_t at,
                  size_t next, uint32_t cp, int *prev, uint32_t m[3]) {
  int was = *prev;
  switch (op) {
  case OP_UPPER: return ucd_case_full(cp, UCD_UPPER, m);
  case OP_LOWER: return lower_ctx(s, len, at, next, cp, m);
  case OP_FOLD: return ucd_case_full(cp, UCD_FOLD, m);
  case OP_TITLE:
    *prev = ucd_iscased(cp);
    if (was) return lower_ctx(s, len, at, next, cp, m);
    return ucd_case_full(cp, UCD_TITLE, m);
  case OP_CAPITALIZE:
    *prev = 1;
    if (was) return lower_ctx(s, len, at, next, cp, m);
    return ucd_case_full(cp, UCD_TITLE, m);
  case OP_SWAP: break;
  }
  return swap_one(s, len, at, next, cp, m);
}

static int case_general(const char *s, size_t len, CaseOp op, Buf *out) {
  int prev = 0;
  size_t i = 0;
  UOut o;
  uout_init(&o, out);
  while (i < len) {
    size_t at = i;
    uint32_t cp = utf8_next(s, &i), m[3];
    int n = map_cp(op, s, len, at, i, cp, &prev, m);
    for (int k = 0; k < n; k++) uout_cp(&o, m[k]);
  }
  return uout_done(&o);
}

static int case_op(const char *s, size_t len, CaseOp op, Buf *out) {
  if (utf8_is_ascii(s, len)) return case_ascii(s, len, op, out);
  return case_general(s, len, op, out);
}

int unicode_upper(const char *s, size_t len, Buf *out) {
  return case_op(s, len, OP_UPPER, out);
}

int unicode_lower(const char *s, size_t len, Buf *out) {
  return case_op(s, len, OP_LOWER, out);
}

int unicode_casefold(const char *s, size_t len, Buf *out) {
  return case_op(s, len, OP_FOLD, out);
}

int unicode_title(const char *s, size_t len, Buf *out) {
  return case_op(s, len, OP_TITLE, out);
}

int unicode_capitalize(const char *s, size_t len, Buf *out) {
  return case_op(s, len, OP_CAPITALIZE, out);
}

int unicode_swapcase(const char *s, size_t len, Buf *out) {
  return case_op(s, len, OP_SWAP, out);
}
