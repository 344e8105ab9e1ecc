// unicode_case.h — str.upper/lower/casefold/title/capitalize/swapcase over
// UTF-8 (full, one-to-many mappings such as 'ß'.upper() == 'SS', and the
// final-sigma rule of lower()). Conventions in unicode.h.
#ifndef core_unicode_case_h
#define core_unicode_case_h

#include "unicode_types.h"

// Each appends the converted [s] to [out]; returns UNICODE_OK or
// UNICODE_NOMEM. CPython always builds a new string for these.
int unicode_upper(const char *s, size_t len, Buf *out);
int unicode_lower(const char *s, size_t len, Buf *out);
int unicode_casefold(const char *s, size_t len, Buf *out);
int unicode_title(const char *s, size_t len, Buf *out);
int unicode_capitalize(const char *s, size_t len, Buf *out);
int unicode_swapcase(const char *s, size_t len, Buf *out);

#endif
