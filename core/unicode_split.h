// unicode_split.h — str.split/rsplit/splitlines/strip/lstrip/rstrip and a
// join helper over UTF-8. Results are byte spans of the input, left to
// right; a span covering the whole input is where CPython reuses the string
// object itself. Conventions in unicode.h.
#ifndef core_unicode_split_h
#define core_unicode_split_h

#include "unicode_types.h"

// str.split(sep, maxsplit) / str.rsplit: [sep] NULL splits on runs of
// whitespace (str.isspace); maxsplit < 0 means no limit. Appends the pieces
// to [out]; returns UNICODE_OK, UNICODE_EMPTY_SEP (sep == "") or
// UNICODE_NOMEM.
int unicode_split(const char *s, size_t len, const char *sep, size_t seplen,
                  int64_t maxsplit, UnicodeSpans *out);
int unicode_rsplit(const char *s, size_t len, const char *sep, size_t seplen,
                   int64_t maxsplit, UnicodeSpans *out);
// str.splitlines(keepends): breaks at \n, \r, \r\n, \v, \f, \x1c, \x1d,
// \x1e, \x85, U+2028 and U+2029.
int unicode_splitlines(const char *s, size_t len, int keepends,
                       UnicodeSpans *out);

enum { UNICODE_STRIP_LEFT = 1, UNICODE_STRIP_RIGHT = 2, UNICODE_STRIP = 3 };

// str.strip/lstrip/rstrip([chars]) by [how] (UNICODE_STRIP_*): removes
// whitespace, or when [chars] is not NULL the code points it contains.
// Returns the span that remains.
UnicodeSpan unicode_strip(const char *s, size_t len, const char *chars,
                          size_t charslen, int how);

// Appends [n] strings of [items] separated by [sep] (str.join).
int unicode_join(const char *sep, size_t seplen, const UnicodeStr *items,
                 size_t n, Buf *out);

#endif
