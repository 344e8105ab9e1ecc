// unicode_repr.c — repr/ascii of str and the digit transform (see
// unicode_repr.h). The escaping rules are CPython's unicode_repr.
#include "unicode_repr.h"

#include "unicode_char.h"
#include "unicode_out.h"
#include "unicode_utf8.h"

static const char HEX[] = "0123456789abcdef";

// Appends '\' [kind] and [digits] hex digits of [cp].
static void put_hex(UOut *out, char kind, uint32_t cp, int digits) {
  uout_byte(out, '\\');
  uout_byte(out, kind);
  for (int k = digits - 1; k >= 0; k--)
    uout_byte(out, HEX[(cp >> (4 * k)) & 0xF]);
}

// The escape of a code point that repr shows as hex: \xHH, \uHHHH or
// \UHHHHHHHH by size.
static void put_escape(UOut *out, uint32_t cp) {
  if (cp <= 0xFF) put_hex(out, 'x', cp, 2);
  else if (cp <= 0xFFFF) put_hex(out, 'u', cp, 4);
  else put_hex(out, 'U', cp, 8);
}

// CPython quotes with ' unless the text has ' and no ".
static char choose_quote(const char *s, size_t len) {
  int squote = 0, dquote = 0;
  for (size_t i = 0; i < len; i++) {
    squote |= s[i] == '\'';
    dquote |= s[i] == '"';
  }
  return squote && !dquote ? '"' : '\'';
}

static void repr_ascii_char(UOut *out, unsigned char c, char quote) {
  if (c == quote || c == '\\') {
    uout_byte(out, '\\');
    uout_byte(out, (char)c);
  } else if (c == '\t') uout_bytes(out, "\\t", 2);
  else if (c == '\n') uout_bytes(out, "\\n", 2);
  else if (c == '\r') uout_bytes(out, "\\r", 2);
  else if (c < ' ' || c == 0x7F) put_hex(out, 'x', c, 2);
  else uout_byte(out, (char)c);
}

// repr, or ascii when [ascii_only]: ascii() is repr with the printable
// non-ASCII code points escaped too.
static int repr_impl(const char *s, size_t len, int ascii_only, Buf *buf) {
  char quote = choose_quote(s, len);
  UOut out;
  uout_init(&out, buf);
  uout_byte(&out, quote);
  size_t i = 0;
  while (i < len) {
    size_t at = i;
    uint32_t cp = utf8_next(s, &i);
    if (cp < 0x80) repr_ascii_char(&out, (unsigned char)cp, quote);
    else if (ascii_only || !ucd_isprintable(cp)) put_escape(&out, cp);
    else uout_bytes(&out, s + at, i - at);
  }
  uout_byte(&out, quote);
  return uout_done(&out);
}

int unicode_backslashreplace(const char *s, size_t len, Buf *buf) {
  UOut out;
  uout_init(&out, buf);
  size_t i = 0;
  while (i < len) {
    size_t run = i;
    while (run < len && (unsigned char)s[run] < 0x80) run++;
    uout_bytes(&out, s + i, run - i);
    i = run;
    if (i < len) put_escape(&out, utf8_next(s, &i));
  }
  return uout_done(&out);
}

int unicode_repr(const char *s, size_t len, Buf *out) {
  return repr_impl(s, len, 0, out);
}

int unicode_ascii(const char *s, size_t len, Buf *out) {
  return repr_impl(s, len, 1, out);
}

int unicode_decimal_to_ascii(const char *s, size_t len, Buf *out) {
  if (utf8_is_ascii(s, len)) return UNICODE_UNCHANGED;
  size_t i = 0;
  while (i < len) {
    uint32_t cp = utf8_next(s, &i);
    int d = cp < 127 ? -1 : ucd_decimal(cp);
    if (cp < 127) buf_putc(out, (char)cp);
    else if (ucd_isspace(cp)) buf_putc(out, ' ');
    else if (d >= 0) buf_putc(out, (char)('0' + d));
    else {
      buf_putc(out, '?');
      break;
    }
  }
  return out->failed ? UNICODE_NOMEM : UNICODE_OK;
}
