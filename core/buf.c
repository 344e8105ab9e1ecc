// buf.c — growable byte buffer (see buf.h).
#include "buf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void buf_init(Buf *b) { memset(b, 0, sizeof *b); }

void buf_free(Buf *b) {
  free(b->data);
  buf_init(b);
}

void buf_clear(Buf *b) {
  b->len = 0;
  if (b->data) b->data[0] = '\0';
}

static int reserve(Buf *b, size_t extra) {
  if (b->failed) return -1;
  if (b->len + extra + 1 <= b->cap) return 0;
  size_t cap = b->cap ? b->cap : 64;
  while (cap < b->len + extra + 1) {
    if (cap > ((size_t)-1) / 2) goto fail;
    cap *= 2;
  }
  char *data = realloc(b->data, cap);
  if (!data) goto fail;
  b->data = data;
  b->cap = cap;
  return 0;
fail:
  b->failed = 1;
  return -1;
}

int buf_append(Buf *b, const char *s, size_t len) {
  if (reserve(b, len) < 0) return -1;
  if (len) memcpy(b->data + b->len, s, len);
  b->len += len;
  b->data[b->len] = '\0';
  return 0;
}

int buf_puts(Buf *b, const char *s) { return buf_append(b, s, strlen(s)); }

int buf_putc(Buf *b, char c) { return buf_append(b, &c, 1); }

int buf_vprintf(Buf *b, const char *fmt, va_list ap) {
  va_list copy;
  va_copy(copy, ap);
  int n = vsnprintf(NULL, 0, fmt, copy);
  va_end(copy);
  if (n < 0 || reserve(b, (size_t)n) < 0) return -1;
  vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
  b->len += (size_t)n;
  return 0;
}

int buf_printf(Buf *b, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = buf_vprintf(b, fmt, ap);
  va_end(ap);
  return r;
}

int buf_put_utf8(Buf *b, unsigned cp) {
  char s[4];
  size_t n;
  if (cp < 0x80) {
    s[0] = (char)cp;
    n = 1;
  } else if (cp < 0x800) {
    s[0] = (char)(0xC0 | (cp >> 6));
    s[1] = (char)(0x80 | (cp & 0x3F));
    n = 2;
  } else if (cp < 0x10000) {
    s[0] = (char)(0xE0 | (cp >> 12));
    s[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
    s[2] = (char)(0x80 | (cp & 0x3F));
    n = 3;
  } else {
    s[0] = (char)(0xF0 | (cp >> 18));
    s[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    s[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    s[3] = (char)(0x80 | (cp & 0x3F));
    n = 4;
  }
  return buf_append(b, s, n);
}

const char *buf_cstr(Buf *b) { return b->data && !b->failed ? b->data : ""; }

char *buf_take(Buf *b, size_t *len) {
  if (b->failed) {
    buf_free(b);
    return NULL;
  }
  if (!b->data && reserve(b, 0) < 0) return NULL;
  char *data = b->data;
  if (len) *len = b->len;
  data[b->len] = '\0';
  buf_init(b);
  return data;
}
