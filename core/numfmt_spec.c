// numfmt_spec.c — parsing of the format-spec mini-language
// ([[fill]align][sign][z][#][0][width][,|_][.precision][type]) with
// CPython 3.11's order of checks and error messages. See NUMBERS.md.
#include "numfmt_impl.h"
#include "numfmt_ascii.h"

// Reading position in the spec, by code point.
typedef struct Cursor {
  const char *s;
  size_t len, pos;
} Cursor;

static uint32_t peek_at(const Cursor *c, int skip, size_t *next) {
  size_t p = c->pos;
  uint32_t cp = 0;
  for (int i = 0; i <= skip; i++) {
    if (p >= c->len) return 0xFFFFFFFF; // past the end
    p += numfmt_utf8_decode(c->s + p, c->len - p, &cp);
  }
  if (next) *next = p;
  return cp;
}

static uint32_t peek(const Cursor *c) { return peek_at(c, 0, NULL); }

static void advance(Cursor *c) { peek_at(c, 0, &c->pos); }

static int is_align(uint32_t cp) {
  return cp == '<' || cp == '>' || cp == '=' || cp == '^';
}

// Reads decimal digits (Unicode digits count); -1 on overflow.
static int get_integer(Cursor *c, int64_t *value, int *count, Buf *err) {
  int64_t acc = 0;
  *count = 0;
  int d;
  while ((d = peek(c) == 0xFFFFFFFF ? -1 : numfmt_decimal(peek(c))) >= 0) {
    if (acc > (INT64_MAX - d) / 10) {
      buf_puts(err, "Too many decimal digits in format string");
      return -1;
    }
    acc = acc * 10 + d;
    (*count)++;
    advance(c);
  }
  *value = acc;
  return 0;
}

// Writes a type character as CPython's messages show it.
static void put_code(Buf *err, uint32_t cp) {
  if (cp > 32 && cp < 128) buf_putc(err, (char)cp);
  else buf_printf(err, "\\x%x", (unsigned)cp);
}

static void parse_fill_align(Cursor *c, NumfmtSpec *out, int *fill_given,
                             int *align_given) {
  size_t next;
  uint32_t second = peek_at(c, 1, &next);
  if (second != 0xFFFFFFFF && is_align(second)) {
    out->fill = peek(c);
    out->align = second;
    c->pos = next;
    *fill_given = *align_given = 1;
  } else if (is_align(peek(c))) {
    out->align = peek(c);
    advance(c);
    *align_given = 1;
  }
}

// Sign, 'z', '#' and the '0' shorthand.
static void parse_flags(Cursor *c, NumfmtSpec *out, int fill_given,
                        int align_given, uint32_t default_align) {
  uint32_t cp = peek(c);
  if (cp == ' ' || cp == '+' || cp == '-') {
    out->sign = cp;
    advance(c);
  }
  if (peek(c) == 'z') {
    out->no_neg_0 = 1;
    advance(c);
  }
  if (peek(c) == '#') {
    out->alternate = 1;
    advance(c);
  }
  if (!fill_given && peek(c) == '0') {
    out->fill = '0';
    if (!align_given && default_align == '>') out->align = '=';
    advance(c);
  }
}

static int parse_grouping(Cursor *c, NumfmtSpec *out, Buf *err) {
  if (peek(c) == ',') {
    out->thousands = ',';
    advance(c);
  }
  if (peek(c) == '_') {
    if (out->thousands) goto both;
    out->thousands = '_';
    advance(c);
  }
  if (peek(c) == ',' && out->thousands == '_') goto both;
  return 0;
both:
  buf_puts(err, "Cannot specify both ',' and '_'.");
  return -1;
}

static int parse_precision(Cursor *c, NumfmtSpec *out, Buf *err) {
  if (peek(c) != '.') return 0;
  advance(c);
  int count;
  if (get_integer(c, &out->precision, &count, err) < 0) return -1;
  if (count == 0) {
    buf_puts(err, "Format specifier missing precision");
    return -1;
  }
  return 0;
}

// Grouping is only valid with some types; '_' groups by four in b/o/x/X.
static int check_grouping(NumfmtSpec *out, Buf *err) {
  if (!out->thousands) return 0;
  switch (out->type) {
  case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%':
  case 'F': case 0:
    return 0;
  case 'b': case 'o': case 'x': case 'X':
    if (out->thousands == '_') {
      out->thousands = NUMFMT_UNDER_FOUR;
      return 0;
    }
    break;
  default: break;
  }
  buf_printf(err, "Cannot specify '%c' with '", out->thousands);
  put_code(err, out->type);
  buf_puts(err, "'.");
  return -1;
}

int numfmt_spec_parse(const char *spec, size_t len, uint32_t default_type,
                      uint32_t default_align, const char *type_name,
                      NumfmtSpec *out, Buf *err) {
  *out = (NumfmtSpec){' ', default_align, 0, 0, 0, -1, 0, -1, default_type};
  Cursor c = {spec, len, 0};
  int fill_given = 0, align_given = 0, count;
  parse_fill_align(&c, out, &fill_given, &align_given);
  parse_flags(&c, out, fill_given, align_given, default_align);
  if (get_integer(&c, &out->width, &count, err) < 0) goto fail;
  if (count == 0) out->width = -1;
  if (parse_grouping(&c, out, err) < 0 || parse_precision(&c, out, err) < 0)
    goto fail;
  size_t next;
  if (peek_at(&c, 1, &next) != 0xFFFFFFFF) {
    buf_puts(err, "Invalid format specifier '");
    buf_append(err, spec, len);
    buf_printf(err, "' for object of type '%.200s'", type_name);
    goto fail;
  }
  if (peek(&c) != 0xFFFFFFFF) out->type = peek(&c);
  if (check_grouping(out, err) < 0) goto fail;
  return 0;
fail:
  return NUMFMT_VALUE_ERROR;
}

// Shared by numfmt_format.c: "Unknown format code 'q' for object of ...".
int numfmt_unknown_code(uint32_t type, const char *type_name, Buf *err) {
  buf_puts(err, "Unknown format code '");
  put_code(err, type);
  buf_printf(err, "' for object of type '%.200s'", type_name);
  return NUMFMT_VALUE_ERROR;
}
