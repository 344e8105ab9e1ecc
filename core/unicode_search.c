// unicode_search.c — substring search and friends (see unicode_search.h).
// Matching works on bytes: in valid UTF-8 a match of a whole encoded needle
// always starts and ends on code point boundaries, so only the slice bounds
// and the answers are converted between code points and bytes. Slice bounds
// follow CPython's ADJUST_INDICES.
#include "unicode_search.h"

#include <string.h>

#include "unicode_utf8.h"

/*** byte search ***/

ptrdiff_t unicode_search_bytes(const char *hay, size_t hlen,
                               const char *needle, size_t nlen) {
  if (nlen == 0) return 0;
  if (nlen > hlen) return -1;
  const char *p = hay, *last = hay + (hlen - nlen);
  while (p <= last) {
    p = memchr(p, needle[0], (size_t)(last - p) + 1);
    if (!p) return -1;
    if (memcmp(p + 1, needle + 1, nlen - 1) == 0) return p - hay;
    p++;
  }
  return -1;
}

ptrdiff_t unicode_rsearch_bytes(const char *hay, size_t hlen,
                                const char *needle, size_t nlen) {
  if (nlen == 0) return (ptrdiff_t)hlen;
  if (nlen > hlen) return -1;
  for (size_t i = hlen - nlen + 1; i-- > 0;)
    if (hay[i] == needle[0] && memcmp(hay + i, needle, nlen) == 0)
      return (ptrdiff_t)i;
  return -1;
}

/*** slice bounds ***/

// s[start:end] after ADJUST_INDICES, in code points and bytes. [empty] is
// set when end - start < [need] code points (nothing can match).
typedef struct Slice {
  int64_t start, end;
  size_t bstart, bend;
  int empty;
} Slice;

static int64_t clamp_index(int64_t i, int64_t n) {
  if (i < 0) {
    i += n;
    if (i < 0) i = 0;
  }
  return i;
}

static Slice make_slice(const char *s, size_t len, int64_t start,
                        int64_t end, int64_t need) {
  size_t count = utf8_count(s, len);
  int64_t n = (int64_t)count;
  Slice sl = {clamp_index(start, n), end > n ? n : clamp_index(end, n), 0, 0,
              0};
  sl.empty = sl.end - sl.start < need;
  if (sl.empty) return sl;
  Utf8Cursor cur = {0, 0};
  sl.bstart = utf8_seek(s, len, count, &cur, (size_t)sl.start);
  sl.bend = utf8_seek(s, len, count, &cur, (size_t)sl.end);
  return sl;
}

// The code point index of byte [pos] inside the slice.
static int64_t index_at(const char *s, const Slice *sl, size_t pos) {
  return sl->start + (int64_t)utf8_count(s + sl->bstart, pos - sl->bstart);
}

/*** find / count ***/

static int64_t find(const char *s, size_t len, const char *sub, size_t sublen,
                    int64_t start, int64_t end, int from_end) {
  Slice sl = make_slice(s, len, start, end, (int64_t)utf8_count(sub, sublen));
  if (sl.empty) return -1;
  const char *hay = s + sl.bstart;
  size_t hlen = sl.bend - sl.bstart;
  ptrdiff_t at = from_end ? unicode_rsearch_bytes(hay, hlen, sub, sublen)
                          : unicode_search_bytes(hay, hlen, sub, sublen);
  return at < 0 ? -1 : index_at(s, &sl, sl.bstart + (size_t)at);
}

int64_t unicode_find(const char *s, size_t len, const char *sub,
                     size_t sublen, int64_t start, int64_t end) {
  return find(s, len, sub, sublen, start, end, 0);
}

int64_t unicode_rfind(const char *s, size_t len, const char *sub,
                      size_t sublen, int64_t start, int64_t end) {
  return find(s, len, sub, sublen, start, end, 1);
}

// Non-overlapping occurrences of a non-empty [sub] in hay[0:hlen].
static int64_t count_bytes(const char *hay, size_t hlen, const char *sub,
                           size_t sublen) {
  int64_t n = 0;
  size_t i = 0;
  for (;;) {
    ptrdiff_t at = unicode_search_bytes(hay + i, hlen - i, sub, sublen);
    if (at < 0) return n;
    n++;
    i += (size_t)at + sublen;
  }
}

int64_t unicode_count(const char *s, size_t len, const char *sub,
                      size_t sublen, int64_t start, int64_t end) {
  Slice sl = make_slice(s, len, start, end, (int64_t)utf8_count(sub, sublen));
  if (sl.empty) return 0;
  if (sublen == 0) return sl.end - sl.start + 1;
  return count_bytes(s + sl.bstart, sl.bend - sl.bstart, sub, sublen);
}

int unicode_contains(const char *s, size_t len, const char *sub,
                     size_t sublen) {
  return unicode_search_bytes(s, len, sub, sublen) >= 0;
}

/*** startswith / endswith ***/

static int tailmatch(const char *s, size_t len, const char *fix,
                     size_t fixlen, int64_t start, int64_t end, int at_end) {
  Slice sl = make_slice(s, len, start, end, (int64_t)utf8_count(fix, fixlen));
  if (sl.empty) return 0;
  if (sl.bend - sl.bstart < fixlen) return 0;
  size_t at = at_end ? sl.bend - fixlen : sl.bstart;
  return fixlen == 0 || memcmp(s + at, fix, fixlen) == 0;
}

int unicode_startswith(const char *s, size_t len, const char *fix,
                       size_t fixlen, int64_t start, int64_t end) {
  return tailmatch(s, len, fix, fixlen, start, end, 0);
}

int unicode_endswith(const char *s, size_t len, const char *fix,
                     size_t fixlen, int64_t start, int64_t end) {
  return tailmatch(s, len, fix, fixlen, start, end, 1);
}

/*** replace ***/

// Empty [old]: [new_] goes before each of the first [count] code points
// (and at the end if count allows).
static int replace_empty(const char *s, size_t len, const char *new_,
                         size_t newlen, int64_t count, Buf *out) {
  size_t i = 0;
  for (;;) {
    if (count-- > 0) buf_append(out, new_, newlen);
    if (i >= len) break;
    size_t at = i;
    utf8_next(s, &i);
    buf_append(out, s + at, i - at);
  }
  return out->failed ? UNICODE_NOMEM : UNICODE_OK;
}

int unicode_replace(const char *s, size_t len, const char *old,
                    size_t oldlen, const char *new_, size_t newlen,
                    int64_t count, Buf *out) {
  if (count < 0) count = INT64_MAX;
  if (count == 0 || oldlen > len) return UNICODE_UNCHANGED;
  if (oldlen == 0) {
    if (newlen == 0) return UNICODE_UNCHANGED;
    return replace_empty(s, len, new_, newlen, count, out);
  }
  ptrdiff_t at = unicode_search_bytes(s, len, old, oldlen);
  if (at < 0) return UNICODE_UNCHANGED;
  size_t i = 0;
  while (at >= 0 && count-- > 0) {
    buf_append(out, s + i, (size_t)at);
    buf_append(out, new_, newlen);
    i += (size_t)at + oldlen;
    at = unicode_search_bytes(s + i, len - i, old, oldlen);
  }
  buf_append(out, s + i, len - i);
  return out->failed ? UNICODE_NOMEM : UNICODE_OK;
}

/*** partition, compare ***/

static int partition(const char *s, size_t len, const char *sep,
                     size_t seplen, size_t *pos, int from_end) {
  if (seplen == 0) return UNICODE_EMPTY_SEP;
  ptrdiff_t at = from_end ? unicode_rsearch_bytes(s, len, sep, seplen)
                          : unicode_search_bytes(s, len, sep, seplen);
  if (at < 0) return UNICODE_UNCHANGED;
  *pos = (size_t)at;
  return UNICODE_OK;
}

int unicode_partition(const char *s, size_t len, const char *sep,
                      size_t seplen, size_t *pos) {
  return partition(s, len, sep, seplen, pos, 0);
}

int unicode_rpartition(const char *s, size_t len, const char *sep,
                       size_t seplen, size_t *pos) {
  return partition(s, len, sep, seplen, pos, 1);
}

// UTF-8 byte order is code point order (surrogates included: ED A0.. sorts
// below EE.. and F0..), so memcmp decides.
int unicode_compare(const char *a, size_t alen, const char *b, size_t blen) {
  size_t n = alen < blen ? alen : blen;
  int c = n ? memcmp(a, b, n) : 0;
  if (c != 0) return c;
  return alen < blen ? -1 : alen > blen;
}
