// test_utf8.c — checks the UTF-8 helpers (counts, every way of finding the
// Nth code point, validation errors) and the int() digit transform against
// gen_vectors.py's python3 results.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "test_vectors.h"
#include "unicode.h"

#define S(i) test_str(t, f[i])
#define I(i) test_int(f[i])

// Checks that code point [i] is [want] by offset, index and cursor.
static void check_at(Test *t, Str s, const Utf8Index *ix, Utf8Cursor *cur,
                     size_t count, size_t i, uint32_t want) {
  size_t by_walk = utf8_offset(s.s, s.len, i);
  size_t by_index = utf8_index_offset(ix, s.s, s.len, i);
  size_t by_seek = utf8_seek(s.s, s.len, count, cur, i);
  test_check_int(t, (int64_t)by_index, (int64_t)by_walk, "index offset");
  test_check_int(t, (int64_t)by_seek, (int64_t)by_walk, "seek offset");
  test_check_int(t, (int64_t)utf8_index_of(s.s, by_walk), (int64_t)i,
                 "index_of");
  size_t at = by_walk;
  test_check_int(t, utf8_next(s.s, &at), want, "code point");
}

// Visits every code point in a scrambled order (forward, backward, jumps).
static void check_positions(Test *t, Str s, char **f, size_t count) {
  Utf8Index ix;
  if (utf8_index_build(&ix, s.s, s.len) < 0) abort();
  test_check_int(t, (int64_t)ix.count, (int64_t)count, "index count");
  Utf8Cursor cur = {0, 0};
  for (size_t k = 0; k < count; k++) {
    size_t i = k % 3 == 0 ? k : k % 3 == 1 ? count - 1 - k : (k * 7) % count;
    check_at(t, s, &ix, &cur, count, i, (uint32_t)I(4 + (int)i));
  }
  test_check_int(t, (int64_t)utf8_offset(s.s, s.len, count), (int64_t)s.len,
                 "offset of end");
  test_check_int(t, (int64_t)utf8_index_offset(&ix, s.s, s.len, count),
                 (int64_t)s.len, "index offset of end");
  utf8_index_free(&ix);
}

// Every code point is re-encoded and decoded backwards too.
static void check_codec(Test *t, Str s, char **f, size_t count) {
  Buf b;
  buf_init(&b);
  for (size_t i = 0; i < count; i++) {
    char enc[4];
    size_t w = utf8_encode((uint32_t)I(4 + (int)i), enc);
    test_check_int(t, (int64_t)w, (int64_t)utf8_width((uint32_t)I(4 + (int)i)),
                   "width");
    buf_append(&b, enc, w);
  }
  test_check_buf(t, &b, s, "encode");
  size_t at = s.len;
  for (size_t i = count; i-- > 0;)
    test_check_int(t, utf8_prev(s.s, &at), I(4 + (int)i), "prev");
  buf_free(&b);
}

void test_utf8_stats(Test *t, char **f, int n) {
  Str s = S(1);
  size_t count;
  uint32_t max;
  (void)n;
  utf8_stats(s.s, s.len, &count, &max);
  test_check_int(t, (int64_t)count, I(2), "count");
  test_check_int(t, (int64_t)utf8_count(s.s, s.len), I(2), "utf8_count");
  test_check_int(t, max, I(3), "max code point");
  test_check_int(t, utf8_is_ascii(s.s, s.len), max < 0x80, "is_ascii");
  check_positions(t, s, f, count);
  check_codec(t, s, f, count);
  Utf8Error err;
  int has_surrogate = 0;
  for (size_t i = 0; i < count; i++)
    has_surrogate |= I(4 + (int)i) >= 0xD800 && I(4 + (int)i) < 0xE000;
  test_check_int(t, utf8_check(s.s, s.len, 1, &err), 0, "internal check");
  test_check_int(t, utf8_check(s.s, s.len, 0, &err), -has_surrogate,
                 "strict check");
  test_check_int(t, utf8_find_surrogate(s.s, s.len) >= 0, has_surrogate,
                 "find surrogate");
}

void test_utf8_check(Test *t, char **f, int n) {
  Str b = S(1);
  Utf8Error err;
  int r = utf8_check(b.s, b.len, 0, &err);
  if (n == 3) {
    test_check_int(t, r, 0, "valid utf-8");
    return;
  }
  test_check_int(t, r, -1, "invalid utf-8");
  if (r == 0) return;
  test_check_int(t, (int64_t)err.start, I(2), "error start");
  test_check_int(t, (int64_t)err.end, I(3), "error end");
  char reason[64];
  snprintf(reason, sizeof reason, "%s", err.reason);
  for (char *p = reason; *p; p++)
    if (*p == ' ') *p = '_';
  test_check(t, strcmp(reason, f[4]) == 0, "error reason");
}

// int() of ASCII text (after the transform): spaces, sign, digits, spaces.
static int parse_int(const char *s, size_t len, int64_t *value) {
  size_t i = 0;
  while (i < len && strchr(" \t\n\r\v\f", s[i])) i++;
  int neg = i < len && s[i] == '-';
  if (i < len && (s[i] == '-' || s[i] == '+')) i++;
  size_t digits = 0;
  int64_t v = 0;
  for (; i < len && s[i] >= '0' && s[i] <= '9'; i++, digits++)
    v = v * 10 + (s[i] - '0');
  while (i < len && strchr(" \t\n\r\v\f", s[i])) i++;
  *value = neg ? -v : v;
  return digits > 0 && i == len ? 0 : -1;
}

void test_decimal(Test *t, char **f, int n) {
  Str s = S(1);
  Buf b;
  buf_init(&b);
  (void)n;
  int r = unicode_decimal_to_ascii(s.s, s.len, &b);
  test_check(t, r == UNICODE_OK || r == UNICODE_UNCHANGED, "transform");
  const char *text = r == UNICODE_UNCHANGED ? s.s : buf_cstr(&b);
  size_t len = r == UNICODE_UNCHANGED ? s.len : b.len;
  int64_t v;
  if (parse_int(text, len, &v) < 0)
    test_check(t, strcmp(f[2], "E") == 0, "int() should fail");
  else
    test_check(t, strcmp(f[2], "E") != 0 && v == I(2), "int() value");
  buf_free(&b);
}
