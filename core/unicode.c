// unicode.c — the span lists shared by the str operations (see unicode.h and
// unicode_types.h).
#include "unicode.h"

#include <stdlib.h>

void unicode_spans_init(UnicodeSpans *l) {
  l->items = NULL;
  l->len = l->cap = 0;
}

void unicode_spans_free(UnicodeSpans *l) {
  free(l->items);
  unicode_spans_init(l);
}

int unicode_spans_push(UnicodeSpans *l, size_t start, size_t len) {
  if (l->len == l->cap) {
    size_t cap = l->cap ? l->cap * 2 : 8;
    UnicodeSpan *items = realloc(l->items, cap * sizeof *items);
    if (!items) return UNICODE_NOMEM;
    l->items = items;
    l->cap = cap;
  }
  l->items[l->len++] = (UnicodeSpan){start, len};
  return UNICODE_OK;
}
