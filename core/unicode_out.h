// unicode_out.h — a small write-combining front for Buf used inside the text
// library: bytes and code points collect in a local chunk and reach the Buf
// in bulk, so per-character loops stay cheap. Internal to core/unicode_*.c.
#ifndef core_unicode_out_h
#define core_unicode_out_h

#include "unicode_types.h"
#include "unicode_utf8.h"

typedef struct UOut {
  Buf *buf;
  size_t n;
  char chunk[512];
} UOut;

static inline void uout_init(UOut *o, Buf *buf) {
  o->buf = buf;
  o->n = 0;
}

static inline void uout_flush(UOut *o) {
  buf_append(o->buf, o->chunk, o->n);
  o->n = 0;
}

static inline void uout_byte(UOut *o, char c) {
  if (o->n == sizeof o->chunk) uout_flush(o);
  o->chunk[o->n++] = c;
}

static inline void uout_cp(UOut *o, uint32_t cp) {
  if (o->n + 4 > sizeof o->chunk) uout_flush(o);
  o->n += utf8_encode(cp, o->chunk + o->n);
}

static inline void uout_bytes(UOut *o, const char *s, size_t len) {
  if (o->n + len > sizeof o->chunk) uout_flush(o);
  if (len > sizeof o->chunk) buf_append(o->buf, s, len);
  else {
    for (size_t i = 0; i < len; i++) o->chunk[o->n + i] = s[i];
    o->n += len;
  }
}

// Flushes; returns UNICODE_OK or UNICODE_NOMEM.
static inline int uout_done(UOut *o) {
  uout_flush(o);
  return o->buf->failed ? UNICODE_NOMEM : UNICODE_OK;
}

#endif
