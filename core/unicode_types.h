// unicode_types.h — types shared by the str operations in unicode_*.h:
// result codes, byte spans and span lists. Conventions are in unicode.h.
#ifndef core_unicode_types_h
#define core_unicode_types_h

#include <stddef.h>
#include <stdint.h>

#include "buf.h"

typedef enum UnicodeResult {
  UNICODE_OK = 0,
  UNICODE_UNCHANGED = 1,  // result is the input itself (see above)
  UNICODE_NOMEM = -1,     // allocation failed (MemoryError)
  UNICODE_EMPTY_SEP = -2, // ValueError: empty separator
} UnicodeResult;

// A byte range [start, start + len) of some string.
typedef struct UnicodeSpan {
  size_t start, len;
} UnicodeSpan;

// A growable list of spans (results of split and friends). Zero-initialize
// or use unicode_spans_init.
typedef struct UnicodeSpans {
  UnicodeSpan *items;
  size_t len, cap;
} UnicodeSpans;

void unicode_spans_init(UnicodeSpans *l);
void unicode_spans_free(UnicodeSpans *l);
// Appends a span; returns 0 or UNICODE_NOMEM.
int unicode_spans_push(UnicodeSpans *l, size_t start, size_t len);

// A string argument in an array (join).
typedef struct UnicodeStr {
  const char *s;
  size_t len;
} UnicodeStr;

#endif
