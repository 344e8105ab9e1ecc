// unicode_search.h — substring search over UTF-8: str.find/rfind/index/
// rindex/count/startswith/endswith/replace/partition/rpartition, `in`, and
// code point order comparison. Conventions in unicode.h; [start] and [end]
// are Python's optional slice bounds (pass 0 and INT64_MAX for "absent").
#ifndef core_unicode_search_h
#define core_unicode_search_h

#include "unicode_types.h"

// Returns the lowest (find) or highest (rfind) code point index where [sub]
// occurs inside s[start:end], or -1 (index/rindex raise ValueError then).
int64_t unicode_find(const char *s, size_t len, const char *sub,
                     size_t sublen, int64_t start, int64_t end);
int64_t unicode_rfind(const char *s, size_t len, const char *sub,
                      size_t sublen, int64_t start, int64_t end);
// Returns the number of non-overlapping occurrences of [sub] in s[start:end].
int64_t unicode_count(const char *s, size_t len, const char *sub,
                      size_t sublen, int64_t start, int64_t end);
// Returns 1 when s[start:end] starts (ends) with [fix], else 0. A tuple of
// prefixes is the caller's loop.
int unicode_startswith(const char *s, size_t len, const char *fix,
                       size_t fixlen, int64_t start, int64_t end);
int unicode_endswith(const char *s, size_t len, const char *fix,
                     size_t fixlen, int64_t start, int64_t end);
// Returns 1 when [sub] occurs in [s] (`sub in s`).
int unicode_contains(const char *s, size_t len, const char *sub,
                     size_t sublen);

// str.replace(old, new, count) with count < 0 meaning all. Appends the result
// and returns UNICODE_OK, or UNICODE_UNCHANGED when CPython returns the
// string itself (nothing to replace, count == 0, or old and new both
// empty). CPython also returns it when old and new are the same object:
// check that identity before calling.
int unicode_replace(const char *s, size_t len, const char *old,
                    size_t oldlen, const char *new_, size_t newlen,
                    int64_t count, Buf *out);

// str.partition / str.rpartition: on UNICODE_OK [*pos] is the byte offset
// of the first (last) [sep]; UNICODE_UNCHANGED means not found (the result
// is (s, '', '') or ('', '', s)); UNICODE_EMPTY_SEP for an empty [sep].
int unicode_partition(const char *s, size_t len, const char *sep,
                      size_t seplen, size_t *pos);
int unicode_rpartition(const char *s, size_t len, const char *sep,
                       size_t seplen, size_t *pos);

// Compares in code point order; returns <0, 0 or >0 (==, <, <= on str).
int unicode_compare(const char *a, size_t alen, const char *b, size_t blen);

// Byte offset of the first (last) occurrence of [needle] in [hay], or -1;
// an empty needle is found at 0 (at [hlen]).
ptrdiff_t unicode_search_bytes(const char *hay, size_t hlen,
                               const char *needle, size_t nlen);
ptrdiff_t unicode_rsearch_bytes(const char *hay, size_t hlen,
                                const char *needle, size_t nlen);

#endif
