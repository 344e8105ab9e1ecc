// unicode_pad.h — str.center/ljust/rjust/zfill/expandtabs over UTF-8.
// Widths and columns count code points, as in CPython. Each returns
// UNICODE_OK (result appended to [out]), UNICODE_UNCHANGED (CPython returns
// the string itself: width too small, or no tab) or UNICODE_NOMEM.
// Conventions in unicode.h.
#ifndef core_unicode_pad_h
#define core_unicode_pad_h

#include "unicode_types.h"

// [fill] is the fill character's code point (' ' by default).
int unicode_center(const char *s, size_t len, int64_t width, uint32_t fill,
                   Buf *out);
int unicode_ljust(const char *s, size_t len, int64_t width, uint32_t fill,
                  Buf *out);
int unicode_rjust(const char *s, size_t len, int64_t width, uint32_t fill,
                  Buf *out);
// Pads with '0' on the left, after a leading '+' or '-'.
int unicode_zfill(const char *s, size_t len, int64_t width, Buf *out);
// Replaces each tab by spaces up to the next multiple of [tabsize] columns
// (tabs vanish when tabsize <= 0); \n and \r reset the column.
int unicode_expandtabs(const char *s, size_t len, int64_t tabsize, Buf *out);

#endif
