// unicode_split.c — splitting, stripping and joining (see unicode_split.h).
// The loops mirror CPython's stringlib/split.h, including where maxsplit
// stops and which whitespace is kept in the last piece.
#include "unicode_split.h"

#include "unicode_char.h"
#include "unicode_search.h"
#include "unicode_utf8.h"

// Pushes the byte range [from, to).
static int push_range(UnicodeSpans *l, size_t from, size_t to) {
  return unicode_spans_push(l, from, to - from);
}

// Reverses the spans pushed since index [first] (rsplit builds backwards).
static void reverse_from(UnicodeSpans *l, size_t first) {
  for (size_t i = first, j = l->len; i + 1 < j; i++, j--) {
    UnicodeSpan t = l->items[i];
    l->items[i] = l->items[j - 1];
    l->items[j - 1] = t;
  }
}

/*** whitespace helpers ***/

// Byte offset of the first code point at or after [i] that is (not)
// whitespace, as [want] says; [len] if none.
static size_t skip_fwd(const char *s, size_t len, size_t i, int want) {
  while (i < len) {
    size_t next = i;
    if (ucd_isspace(utf8_next(s, &next)) != want) return i;
    i = next;
  }
  return len;
}

// Byte offset just past the last code point before [i] that is (not)
// whitespace as [want] says; 0 if none.
static size_t skip_back(const char *s, size_t i, int want) {
  while (i > 0) {
    size_t prev = i;
    if (ucd_isspace(utf8_prev(s, &prev)) != want) return i;
    i = prev;
  }
  return 0;
}

/*** split ***/

static int split_ws(const char *s, size_t len, int64_t max,
                    UnicodeSpans *out) {
  size_t i = 0;
  while (max-- > 0) {
    i = skip_fwd(s, len, i, 1);
    if (i == len) break;
    size_t j = skip_fwd(s, len, i, 0);
    if (push_range(out, i, j) < 0) return UNICODE_NOMEM;
    i = j;
  }
  i = skip_fwd(s, len, i, 1); // maxsplit reached: rest, left-trimmed
  if (i < len && push_range(out, i, len) < 0) return UNICODE_NOMEM;
  return UNICODE_OK;
}

static int split_sep(const char *s, size_t len, const char *sep,
                     size_t seplen, int64_t max, UnicodeSpans *out) {
  size_t i = 0;
  while (max-- > 0) {
    ptrdiff_t at = unicode_search_bytes(s + i, len - i, sep, seplen);
    if (at < 0) break;
    if (push_range(out, i, i + (size_t)at) < 0) return UNICODE_NOMEM;
    i += (size_t)at + seplen;
  }
  return push_range(out, i, len);
}

int unicode_split(const char *s, size_t len, const char *sep, size_t seplen,
                  int64_t maxsplit, UnicodeSpans *out) {
  int64_t max = maxsplit < 0 ? INT64_MAX : maxsplit;
  if (!sep) return split_ws(s, len, max, out);
  if (seplen == 0) return UNICODE_EMPTY_SEP;
  return split_sep(s, len, sep, seplen, max, out);
}

static int rsplit_ws(const char *s, size_t len, int64_t max,
                     UnicodeSpans *out) {
  size_t i = len;
  while (max-- > 0) {
    i = skip_back(s, i, 1);
    if (i == 0) break;
    size_t j = skip_back(s, i, 0);
    if (push_range(out, j, i) < 0) return UNICODE_NOMEM;
    i = j;
  }
  i = skip_back(s, i, 1);
  if (i > 0 && push_range(out, 0, i) < 0) return UNICODE_NOMEM;
  return UNICODE_OK;
}

static int rsplit_sep(const char *s, size_t len, const char *sep,
                      size_t seplen, int64_t max, UnicodeSpans *out) {
  size_t j = len;
  while (max-- > 0) {
    ptrdiff_t at = unicode_rsearch_bytes(s, j, sep, seplen);
    if (at < 0) break;
    if (push_range(out, (size_t)at + seplen, j) < 0) return UNICODE_NOMEM;
    j = (size_t)at;
  }
  return push_range(out, 0, j);
}

int unicode_rsplit(const char *s, size_t len, const char *sep, size_t seplen,
                   int64_t maxsplit, UnicodeSpans *out) {
  int64_t max = maxsplit < 0 ? INT64_MAX : maxsplit;
  if (sep && seplen == 0) return UNICODE_EMPTY_SEP;
  size_t first = out->len;
  int r = sep ? rsplit_sep(s, len, sep, seplen, max, out)
              : rsplit_ws(s, len, max, out);
  if (r == UNICODE_OK) reverse_from(out, first);
  return r;
}

/*** splitlines ***/

// Byte offset of the first line break at or after [i] ([len] if none);
// [*brlen] gets its length in bytes (\r\n counts as one break).
static size_t find_break(const char *s, size_t len, size_t i,
                         size_t *brlen) {
  while (i < len) {
    size_t next = i;
    uint32_t cp = utf8_next(s, &next);
    if (ucd_islinebreak(cp)) {
      if (cp == '\r' && next < len && s[next] == '\n') next++;
      *brlen = next - i;
      return i;
    }
    i = next;
  }
  *brlen = 0;
  return len;
}

int unicode_splitlines(const char *s, size_t len, int keepends,
                       UnicodeSpans *out) {
  size_t i = 0;
  while (i < len) {
    size_t brlen, eol = find_break(s, len, i, &brlen);
    size_t end = keepends ? eol + brlen : eol;
    if (push_range(out, i, end) < 0) return UNICODE_NOMEM;
    i = eol + brlen;
  }
  return UNICODE_OK;
}

/*** strip ***/

// 1 when code point [cp] occurs in [chars].
static int in_chars(const char *chars, size_t charslen, uint32_t cp) {
  size_t i = 0;
  while (i < charslen)
    if (utf8_next(chars, &i) == cp) return 1;
  return 0;
}

static int strippable(const char *chars, size_t charslen, uint32_t cp) {
  return chars ? in_chars(chars, charslen, cp) : ucd_isspace(cp);
}

UnicodeSpan unicode_strip(const char *s, size_t len, const char *chars,
                          size_t charslen, int how) {
  size_t i = 0, j = len;
  if (how & UNICODE_STRIP_LEFT) {
    for (size_t next = i; i < j; i = next)
      if (!strippable(chars, charslen, utf8_next(s, &next))) break;
  }
  if (how & UNICODE_STRIP_RIGHT) {
    for (size_t prev = j; j > i; j = prev)
      if (!strippable(chars, charslen, utf8_prev(s, &prev))) break;
  }
  return (UnicodeSpan){i, j - i};
}

/*** join ***/

int unicode_join(const char *sep, size_t seplen, const UnicodeStr *items,
                 size_t n, Buf *out) {
  for (size_t k = 0; k < n; k++) {
    if (k > 0) buf_append(out, sep, seplen);
    buf_append(out, items[k].s, items[k].len);
  }
  return out->failed ? UNICODE_NOMEM : UNICODE_OK;
}
