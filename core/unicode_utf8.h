// unicode_utf8.h — UTF-8 helpers for str buffers: decode/encode, validation
// with CPython's error positions, code point counts and code point index ->
// byte offset (a walk, a seek from a cursor, or a sparse index).
// Internal strings are "generalized" UTF-8: like CPython's str they may hold
// lone surrogates (U+D800..U+DFFF, encoded as 3 bytes). See core/unicode.h.
#ifndef core_unicode_utf8_h
#define core_unicode_utf8_h

#include <stddef.h>
#include <stdint.h>

// Decodes the code point starting at s[*i] of a valid buffer and moves [*i]
// past it.
static inline uint32_t utf8_next(const char *s, size_t *i) {
  const unsigned char *p = (const unsigned char *)s + *i;
  if (p[0] < 0x80) {
    *i += 1;
    return p[0];
  }
  if (p[0] < 0xE0) {
    *i += 2;
    return ((uint32_t)(p[0] & 0x1F) << 6) | (p[1] & 0x3F);
  }
  if (p[0] < 0xF0) {
    *i += 3;
    return ((uint32_t)(p[0] & 0x0F) << 12) | ((uint32_t)(p[1] & 0x3F) << 6) |
           (p[2] & 0x3F);
  }
  *i += 4;
  return ((uint32_t)(p[0] & 0x07) << 18) | ((uint32_t)(p[1] & 0x3F) << 12) |
         ((uint32_t)(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
}

// Moves [*i] (> 0) back to the start of the previous code point of a valid
// buffer and decodes it.
static inline uint32_t utf8_prev(const char *s, size_t *i) {
  size_t j = *i - 1;
  while (((unsigned char)s[j] & 0xC0) == 0x80) j--;
  *i = j;
  return utf8_next(s, &j);
}

// Returns the number of bytes (1-4) that encode [cp] (<= 0x10FFFF).
static inline size_t utf8_width(uint32_t cp) {
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

// Writes the encoding of [cp] (<= 0x10FFFF, surrogates allowed) into [out];
// returns its length.
size_t utf8_encode(uint32_t cp, char out[4]);

// Returns 1 when all [len] bytes of [s] are ASCII.
int utf8_is_ascii(const char *s, size_t len);
// Returns the number of code points in a valid buffer.
size_t utf8_count(const char *s, size_t len);
// Computes the code point count and the largest code point (0 when empty):
// what a str object caches.
void utf8_stats(const char *s, size_t len, size_t *count, uint32_t *max_cp);

// Why a buffer is not UTF-8: CPython's UnicodeDecodeError fields. [reason]
// is "invalid start byte", "invalid continuation byte" or "unexpected end
// of data"; bytes [start, end) are the bad ones.
typedef struct Utf8Error {
  size_t start, end;
  const char *reason;
} Utf8Error;

// Checks that [s] is UTF-8, like bytes.decode('utf-8'). With
// [allow_surrogates], encoded surrogates pass (the internal form). Returns 0,
// or -1 and fills [err] for the first error.
int utf8_check(const char *s, size_t len, int allow_surrogates,
               Utf8Error *err);
// Returns the byte offset of the first encoded surrogate in a valid internal
// buffer, or -1 when there is none (str.encode('utf-8') fails on them).
ptrdiff_t utf8_find_surrogate(const char *s, size_t len);

// Returns the byte offset of code point [n] (n <= count; n == count gives
// [len]) by walking from the nearer end.
size_t utf8_offset(const char *s, size_t len, size_t n);
// Returns the code point index of byte offset [off] (a code point start).
size_t utf8_index_of(const char *s, size_t off);

// A remembered (code point, byte) position: sequential s[i] access from a
// loop costs O(1) per step when the caller keeps one per string.
typedef struct Utf8Cursor {
  size_t index, offset;
} Utf8Cursor;

// Returns the byte offset of code point [n] of a string of [count] code
// points, walking from [cur], the start or the end (whichever is nearest),
// and leaves [cur] at the answer.
size_t utf8_seek(const char *s, size_t len, size_t count, Utf8Cursor *cur,
                 size_t n);

// Byte offsets of every UTF8_INDEX_STEP-th code point: O(1) random access
// (at most STEP-1 code points walked) for 1 byte per 8 code points on
// 64-bit hosts. Build it once for a non-ASCII string; ASCII needs none.
#define UTF8_INDEX_STEP 64
typedef struct Utf8Index {
  size_t *marks; // marks[k] = byte offset of code point k * STEP
  size_t count;  // code points in the string
} Utf8Index;

// Builds [ix] for a valid buffer. Returns 0, or -1 on allocation failure.
int utf8_index_build(Utf8Index *ix, const char *s, size_t len);
void utf8_index_free(Utf8Index *ix);
// Returns the byte offset of code point [n] (n <= ix->count).
size_t utf8_index_offset(const Utf8Index *ix, const char *s, size_t len,
                         size_t n);

#endif
