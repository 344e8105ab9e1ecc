// buf.h — a growable byte buffer used wherever C code builds text (reprs,
// number formatting, tracebacks, JSON trace lines). Allocation failure sets
// [failed] and later appends do nothing, so callers check once at the end.
#ifndef core_buf_h
#define core_buf_h

#include <stdarg.h>
#include <stddef.h>

typedef struct Buf {
  char *data; // NUL-terminated when len > 0 or after buf_cstr
  size_t len, cap;
  int failed; // 1 after an allocation failure
} Buf;

void buf_init(Buf *b);
void buf_free(Buf *b);
void buf_clear(Buf *b); // len = 0, keeps the storage
// Appends [len] bytes of [s] to [b]. Returns 0, or -1 on allocation failure.
int buf_append(Buf *b, const char *s, size_t len);
int buf_puts(Buf *b, const char *s);
int buf_putc(Buf *b, char c);
int buf_printf(Buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
int buf_vprintf(Buf *b, const char *fmt, va_list ap);
// Appends the UTF-8 encoding of code point [cp].
int buf_put_utf8(Buf *b, unsigned cp);
// Returns the contents as a NUL-terminated string ("" when empty).
const char *buf_cstr(Buf *b);
// Hands the storage to the caller (who frees it with free) and resets [b].
char *buf_take(Buf *b, size_t *len);

#endif
