// numfmt_ascii.h — the first step of int(str) and float(str): CPython maps
// non-ASCII whitespace to ' ' and Unicode decimal digits to '0'..'9', and
// stops at any other non-ASCII character (writing '?'). See NUMBERS.md.
#ifndef core_numfmt_ascii_h
#define core_numfmt_ascii_h

#include <stddef.h>
#include <stdint.h>

// Transforms the UTF-8 text [s] of [len] bytes into ASCII in [out], which
// must have room for [len] bytes (the result is never longer). Returns the
// length written. Text that is already ASCII is copied unchanged.
size_t numfmt_to_ascii(const char *s, size_t len, char *out);
// Decodes one UTF-8 sequence at s[0..len), stores its code point in *cp and
// returns its length (1 for a malformed byte, whose value is then returned).
size_t numfmt_utf8_decode(const char *s, size_t len, uint32_t *cp);
// Python's str.isspace() for one code point.
int numfmt_is_space(uint32_t cp);
// The decimal value of [cp] (0..9), or -1 when it is not a decimal digit.
int numfmt_decimal(uint32_t cp);

#endif
