// unicode_pad.c — padding and tab expansion (see unicode_pad.h), following
// CPython's pad(), unicode_center_impl and unicode_expandtabs_impl.
#include "unicode_pad.h"

#include <string.h>

#include "unicode_utf8.h"

// Appends [n] copies of code point [fill].
static void put_fill(Buf *out, uint32_t fill, int64_t n) {
  char enc[4];
  size_t w = utf8_encode(fill, enc);
  for (int64_t k = 0; k < n && !out->failed; k++) buf_append(out, enc, w);
}

static int pad(const char *s, size_t len, int64_t left, int64_t right,
               uint32_t fill, Buf *out) {
  put_fill(out, fill, left);
  buf_append(out, s, len);
  put_fill(out, fill, right);
  return out->failed ? UNICODE_NOMEM : UNICODE_OK;
}

// The padding needed to reach [width], or 0 when the string is wide enough.
static int64_t margin(const char *s, size_t len, int64_t width) {
  int64_t n = (int64_t)utf8_count(s, len);
  return width > n ? width - n : 0;
}

int unicode_center(const char *s, size_t len, int64_t width, uint32_t fill,
                   Buf *out) {
  int64_t marg = margin(s, len, width);
  if (marg == 0) return UNICODE_UNCHANGED;
  int64_t left = marg / 2 + (marg & width & 1); // CPython's rounding
  return pad(s, len, left, marg - left, fill, out);
}

int unicode_ljust(const char *s, size_t len, int64_t width, uint32_t fill,
                  Buf *out) {
  int64_t marg = margin(s, len, width);
  if (marg == 0) return UNICODE_UNCHANGED;
  return pad(s, len, 0, marg, fill, out);
}

int unicode_rjust(const char *s, size_t len, int64_t width, uint32_t fill,
                  Buf *out) {
  int64_t marg = margin(s, len, width);
  if (marg == 0) return UNICODE_UNCHANGED;
  return pad(s, len, marg, 0, fill, out);
}

int unicode_zfill(const char *s, size_t len, int64_t width, Buf *out) {
  int64_t marg = margin(s, len, width);
  if (marg == 0) return UNICODE_UNCHANGED;
  size_t sign = len > 0 && (s[0] == '+' || s[0] == '-');
  buf_append(out, s, sign);
  put_fill(out, '0', marg);
  buf_append(out, s + sign, len - sign);
  return out->failed ? UNICODE_NOMEM : UNICODE_OK;
}

int unicode_expandtabs(const char *s, size_t len, int64_t tabsize,
                       Buf *out) {
  if (len == 0 || !memchr(s, '\t', len)) return UNICODE_UNCHANGED;
  int64_t column = 0;
  size_t i = 0;
  while (i < len) {
    size_t at = i;
    uint32_t cp = utf8_next(s, &i);
    if (cp == '\t') {
      if (tabsize <= 0) continue;
      int64_t incr = tabsize - column % tabsize;
      column += incr;
      put_fill(out, ' ', incr);
    } else {
      buf_append(out, s + at, i - at);
      column = cp == '\n' || cp == '\r' ? 0 : column + 1;
    }
    if (out->failed) return UNICODE_NOMEM;
  }
  return UNICODE_OK;
}
