// unicode_utf8.c — UTF-8 encode, validate, count and index (see
// unicode_utf8.h). Validation follows CPython's decoder so error positions
// and reasons match UnicodeDecodeError.
#include "unicode_utf8.h"

#include <stdlib.h>
#include <string.h>

size_t utf8_encode(uint32_t cp, char out[4]) {
  size_t n = utf8_width(cp);
  if (n == 1) {
    out[0] = (char)cp;
    return 1;
  }
  static const unsigned char lead[5] = {0, 0, 0xC0, 0xE0, 0xF0};
  for (size_t k = n - 1; k > 0; k--) {
    out[k] = (char)(0x80 | (cp & 0x3F));
    cp >>= 6;
  }
  out[0] = (char)(lead[n] | cp);
  return n;
}

// ASCII test 8 bytes at a time (memcpy keeps it alignment-safe).
int utf8_is_ascii(const char *s, size_t len) {
  size_t i = 0;
  for (; i + 8 <= len; i += 8) {
    uint64_t w;
    memcpy(&w, s + i, 8);
    if (w & 0x8080808080808080ull) return 0;
  }
  for (; i < len; i++)
    if ((unsigned char)s[i] >= 0x80) return 0;
  return 1;
}

// Counts code points as the bytes that are not continuation bytes.
size_t utf8_count(const char *s, size_t len) {
  size_t n = 0;
  for (size_t i = 0; i < len; i++)
    n += ((unsigned char)s[i] & 0xC0) != 0x80;
  return n;
}

void utf8_stats(const char *s, size_t len, size_t *count, uint32_t *max_cp) {
  size_t n = 0, i = 0;
  uint32_t max = 0;
  while (i < len) {
    uint32_t cp = utf8_next(s, &i);
    if (cp > max) max = cp;
    n++;
  }
  *count = n;
  *max_cp = max;
}

/*** validation ***/

static int is_cont(unsigned char c) { return (c & 0xC0) == 0x80; }

// Range allowed for the second byte after lead byte [c] (CPython rejects
// overlong forms, values past U+10FFFF and, unless allowed, surrogates).
static void second_range(unsigned char c, int surrogates, unsigned char *lo,
                         unsigned char *hi) {
  *lo = 0x80;
  *hi = 0xBF;
  if (c == 0xE0) *lo = 0xA0;
  else if (c == 0xED && !surrogates) *hi = 0x9F;
  else if (c == 0xF0) *lo = 0x90;
  else if (c == 0xF4) *hi = 0x8F;
}

static int fail(Utf8Error *err, size_t start, size_t end, const char *why) {
  err->start = start;
  err->end = end;
  err->reason = why;
  return -1;
}

// Checks the sequence at s[i] of [n] bytes; returns 0 or -1 with [err].
static int check_seq(const unsigned char *s, size_t len, size_t i, size_t n,
                     int surrogates, Utf8Error *err) {
  unsigned char lo, hi;
  second_range(s[i], surrogates, &lo, &hi);
  size_t avail = len - i;
  if (avail >= 2 && (s[i + 1] < lo || s[i + 1] > hi))
    return fail(err, i, i + 1, "invalid continuation byte");
  for (size_t k = 2; k < n && k < avail; k++)
    if (!is_cont(s[i + k]))
      return fail(err, i, i + k, "invalid continuation byte");
  if (avail < n) return fail(err, i, len, "unexpected end of data");
  return 0;
}

int utf8_check(const char *str, size_t len, int allow_surrogates,
               Utf8Error *err) {
  const unsigned char *s = (const unsigned char *)str;
  size_t i = 0;
  while (i < len) {
    unsigned char c = s[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    if (c < 0xC2 || c > 0xF4)
      return fail(err, i, i + 1, "invalid start byte");
    size_t n = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (check_seq(s, len, i, n, allow_surrogates, err) < 0) return -1;
    i += n;
  }
  return 0;
}

ptrdiff_t utf8_find_surrogate(const char *s, size_t len) {
  for (size_t i = 0; i + 1 < len; i++)
    if ((unsigned char)s[i] == 0xED && (unsigned char)s[i + 1] >= 0xA0)
      return (ptrdiff_t)i;
  return -1;
}

/*** code point index <-> byte offset ***/

// Walks [n] code points forward from byte [off].
static size_t walk_forward(const char *s, size_t off, size_t n) {
  while (n--) {
    off++;
    while (is_cont((unsigned char)s[off])) off++;
  }
  return off;
}

// Walks [n] code points backward from byte [off].
static size_t walk_backward(const char *s, size_t off, size_t n) {
  while (n--) {
    off--;
    while (is_cont((unsigned char)s[off])) off--;
  }
  return off;
}

size_t utf8_offset(const char *s, size_t len, size_t n) {
  Utf8Cursor cur = {0, 0};
  return utf8_seek(s, len, utf8_count(s, len), &cur, n);
}

size_t utf8_index_of(const char *s, size_t off) { return utf8_count(s, off); }

size_t utf8_seek(const char *s, size_t len, size_t count, Utf8Cursor *cur,
                 size_t n) {
  if (cur->index > count || cur->offset > len) *cur = (Utf8Cursor){0, 0};
  size_t from_cur = n > cur->index ? n - cur->index : cur->index - n;
  size_t off;
  if (count == len) off = n; // ASCII
  else if (from_cur <= n && from_cur <= count - n)
    off = n >= cur->index ? walk_forward(s, cur->offset, n - cur->index)
                          : walk_backward(s, cur->offset, cur->index - n);
  else if (n <= count - n) off = walk_forward(s, 0, n);
  else off = walk_backward(s, len, count - n);
  cur->index = n;
  cur->offset = off;
  return off;
}

int utf8_index_build(Utf8Index *ix, const char *s, size_t len) {
  size_t count = utf8_count(s, len);
  size_t nmarks = count / UTF8_INDEX_STEP + 1;
  ix->marks = malloc(nmarks * sizeof *ix->marks);
  ix->count = count;
  if (!ix->marks) return -1;
  size_t off = 0;
  for (size_t k = 0; k < nmarks; k++) {
    ix->marks[k] = off;
    if (k + 1 < nmarks) off = walk_forward(s, off, UTF8_INDEX_STEP);
  }
  return 0;
}

void utf8_index_free(Utf8Index *ix) {
  free(ix->marks);
  ix->marks = NULL;
  ix->count = 0;
}

size_t utf8_index_offset(const Utf8Index *ix, const char *s, size_t len,
                         size_t n) {
  if (n >= ix->count) return len;
  size_t k = n / UTF8_INDEX_STEP;
  return walk_forward(s, ix->marks[k], n - k * UTF8_INDEX_STEP);
}
