// numfmt_ascii.c — Unicode-aware ASCII transformation of numeric text for
// int() and float() (CPython's _PyUnicode_TransformDecimalAndSpaceToASCII).
// Tables from tests/numbers/gen_unicode_tables.py. See core/NUMBERS.md.
#include "numfmt_ascii.h"

// Unicode 14.0.0 (python3 unicodedata): non-ASCII whitespace.
static const uint32_t SPACES[] = {
    0x85, 0xA0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005,
    0x2006, 0x2007, 0x2008, 0x2009, 0x200A, 0x2028, 0x2029, 0x202F, 0x205F,
    0x3000,
};
// First code point of every run of ten decimal digits 0..9.
static const uint32_t DIGIT_ZEROS[] = {
    0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66,
    0xCE6, 0xD66, 0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810,
    0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620,
    0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10, 0x104A0, 0x10D30,
    0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650,
    0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60,
    0x16AC0, 0x16B50, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140,
    0x1E2F0, 0x1E950, 0x1FBF0,
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

int numfmt_is_space(uint32_t cp) {
  if (cp < 128) return cp == ' ' || (cp >= 9 && cp <= 13) ||
                        (cp >= 0x1C && cp <= 0x1F);
  for (size_t i = 0; i < COUNT(SPACES); i++) {
    if (SPACES[i] == cp) return 1;
  }
  return 0;
}

int numfmt_decimal(uint32_t cp) {
  if (cp >= '0' && cp <= '9') return (int)(cp - '0');
  for (size_t i = 0; i < COUNT(DIGIT_ZEROS) && DIGIT_ZEROS[i] <= cp; i++) {
    if (cp - DIGIT_ZEROS[i] < 10) return (int)(cp - DIGIT_ZEROS[i]);
  }
  return -1;
}

size_t numfmt_utf8_decode(const char *s, size_t len, uint32_t *cp) {
  const unsigned char *u = (const unsigned char *)s;
  size_t n = u[0] < 0x80 ? 1 : u[0] < 0xC0 ? 0 : u[0] < 0xE0 ? 2
           : u[0] < 0xF0 ? 3 : u[0] < 0xF8 ? 4 : 0;
  if (n == 0 || n > len) {
    *cp = u[0];
    return 1;
  }
  uint32_t v = n == 1 ? u[0] : u[0] & (0x7F >> n);
  for (size_t i = 1; i < n; i++) {
    if ((u[i] & 0xC0) != 0x80) {
      *cp = u[0];
      return 1;
    }
    v = v << 6 | (u[i] & 0x3F);
  }
  *cp = v;
  return n;
}

static int all_ascii(const char *s, size_t len) {
  for (size_t i = 0; i < len; i++) {
    if ((unsigned char)s[i] >= 0x80) return 0;
  }
  return 1;
}

size_t numfmt_to_ascii(const char *s, size_t len, char *out) {
  if (all_ascii(s, len)) {
    for (size_t i = 0; i < len; i++) out[i] = s[i];
    return len;
  }
  size_t i = 0, n = 0;
  while (i < len) {
    uint32_t cp;
    i += numfmt_utf8_decode(s + i, len - i, &cp);
    int d;
    if (cp < 127) {
      out[n++] = (char)cp;
    } else if (numfmt_is_space(cp)) {
      out[n++] = ' ';
    } else if ((d = numfmt_decimal(cp)) >= 0) {
      out[n++] = (char)('0' + d);
    } else {
      out[n++] = '?';
      break;
    }
  }
  return n;
}
