// unicode_class.h — the str.isX predicates over UTF-8 (isalpha, isdigit,
// isidentifier, istitle, ...), with CPython 3.11's rules for empty strings
// and cased letters. Each returns 1 or 0. Conventions in unicode.h.
#ifndef core_unicode_class_h
#define core_unicode_class_h

#include "unicode_types.h"

int unicode_isalpha(const char *s, size_t len);
int unicode_isdecimal(const char *s, size_t len);
int unicode_isdigit(const char *s, size_t len);
int unicode_isnumeric(const char *s, size_t len);
int unicode_isalnum(const char *s, size_t len);
int unicode_isspace(const char *s, size_t len);
int unicode_islower(const char *s, size_t len);
int unicode_isupper(const char *s, size_t len);
int unicode_istitle(const char *s, size_t len);
int unicode_isidentifier(const char *s, size_t len);
int unicode_isprintable(const char *s, size_t len); // True when empty
int unicode_isascii(const char *s, size_t len);     // True when empty

#endif
