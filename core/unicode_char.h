// unicode_char.h — properties and case mappings of single code points, with
// the meaning CPython 3.11 gives them (Py_UNICODE_ISALPHA,
// _PyUnicode_ToUpperFull and friends), read from the tables in unicode_db.h.
// Prefix ucd_ (Unicode character database). String-level methods are in
// unicode.h.
#ifndef core_unicode_char_h
#define core_unicode_char_h

#include <stdint.h>

#include "unicode_db.h"

static inline unsigned ucd_flags(uint32_t cp) {
  return unicode_db_props(cp)->flags;
}

static inline int ucd_has(uint32_t cp, unsigned flag) {
  return (ucd_flags(cp) & flag) != 0;
}

// ASCII whitespace as str.isspace sees it: \t\n\v\f\r, \x1c-\x1f and space.
static inline int ucd_ascii_space(unsigned char c) {
  return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
}

static inline int ucd_isspace(uint32_t cp) {
  return cp < 0x80 ? ucd_ascii_space((unsigned char)cp)
                   : ucd_has(cp, UNICODE_SPACE);
}
static inline int ucd_isalpha(uint32_t cp) {
  return ucd_has(cp, UNICODE_ALPHA);
}
static inline int ucd_isdecimal(uint32_t cp) {
  return ucd_has(cp, UNICODE_DECIMAL);
}
static inline int ucd_isdigit(uint32_t cp) {
  return ucd_has(cp, UNICODE_DIGIT);
}
static inline int ucd_isnumeric(uint32_t cp) {
  return ucd_has(cp, UNICODE_NUMERIC);
}
static inline int ucd_isalnum(uint32_t cp) {
  return ucd_has(cp, UNICODE_ALPHA | UNICODE_DECIMAL | UNICODE_DIGIT |
                         UNICODE_NUMERIC);
}
static inline int ucd_islower(uint32_t cp) {
  return ucd_has(cp, UNICODE_LOWER);
}
static inline int ucd_isupper(uint32_t cp) {
  return ucd_has(cp, UNICODE_UPPER);
}
static inline int ucd_istitle(uint32_t cp) {
  return ucd_has(cp, UNICODE_TITLE);
}
// Cased / Case_Ignorable: what title() and final-sigma lower() look at.
static inline int ucd_iscased(uint32_t cp) {
  return ucd_has(cp, UNICODE_CASED);
}
static inline int ucd_iscase_ignorable(uint32_t cp) {
  return ucd_has(cp, UNICODE_CASE_IGNORABLE);
}
// Printable as repr() decides: not in categories Cc Cf Cs Co Cn Zl Zp Zs,
// except that ' ' is printable.
static inline int ucd_isprintable(uint32_t cp) {
  return ucd_has(cp, UNICODE_PRINTABLE);
}
static inline int ucd_isxid_start(uint32_t cp) {
  return ucd_has(cp, UNICODE_XID_START);
}
static inline int ucd_isxid_continue(uint32_t cp) {
  return ucd_has(cp, UNICODE_XID_CONTINUE);
}
// A line boundary for str.splitlines (\n \r \v \f \x1c-\x1e \x85 U+2028/9).
static inline int ucd_islinebreak(uint32_t cp) {
  return ucd_has(cp, UNICODE_LINEBREAK);
}

// Returns the decimal value of [cp] (0-9, what int() accepts), or -1.
int ucd_decimal(uint32_t cp);
// Returns the digit value of [cp] (0-9, e.g. 9 for superscript nine), or -1.
int ucd_digit(uint32_t cp);

typedef enum UcdCase {
  UCD_UPPER,
  UCD_LOWER,
  UCD_TITLE,
  UCD_FOLD
} UcdCase;

// Writes the full [kind] mapping of [cp] (1 to 3 code points) into [out] and
// returns how many. UCD_LOWER maps U+03A3 to U+03C3: final sigma needs
// context and is handled by unicode_lower.
int ucd_case_full(uint32_t cp, UcdCase kind, uint32_t out[3]);

#endif
