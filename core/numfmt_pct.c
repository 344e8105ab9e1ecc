// numfmt_pct.c — printf-style conversions of str % args, one conversion at
// a time: the parser (flags, width, precision, '*' and "%(key)" through VM
// hooks) and the padding rules of CPython's unicode_format_arg_output.
// See core/NUMBERS.md.
#include "numfmt_impl.h"
#include "numfmt_ascii.h"

#include <limits.h>
#include <string.h>

/*** parsing ***/

typedef struct Reader {
  const char *s;
  size_t len, pos;
  int exhausted; // a read was attempted past the end
  uint32_t ch;   // the last character read
  size_t ch_off;
} Reader;

static int next(Reader *r) {
  if (r->pos >= r->len) {
    r->exhausted = 1;
    return 0;
  }
  r->ch_off = r->pos;
  r->pos += numfmt_utf8_decode(r->s + r->pos, r->len - r->pos, &r->ch);
  return 1;
}

static int incomplete(Buf *err, const char *what) {
  buf_puts(err, what);
  return NUMFMT_VALUE_ERROR;
}

// "%(key)": balanced parentheses; the VM looks the key up.
static int parse_key(Reader *r, const NumfmtPctHooks *hooks, Buf *err) {
  next(r); // the '('
  size_t start = r->pos;
  int depth = 1;
  while (depth > 0 && next(r)) {
    if (r->ch == ')') depth--;
    else if (r->ch == '(') depth++;
  }
  if (depth > 0) return incomplete(err, "incomplete format key");
  if (!hooks || !hooks->key) return 0;
  return hooks->key(hooks->ctx, r->s + start, r->ch_off - start);
}

static int set_flag(NumfmtPct *c, uint32_t ch) {
  int f = ch == '-' ? NUMFMT_PCT_LJUST : ch == '+' ? NUMFMT_PCT_SIGN
        : ch == ' ' ? NUMFMT_PCT_BLANK : ch == '#' ? NUMFMT_PCT_ALT
        : ch == '0' ? NUMFMT_PCT_ZERO : 0;
  c->flags |= f;
  return f != 0;
}

static int star(const NumfmtPctHooks *hooks, int is_prec, int64_t *v,
                Buf *err) {
  if (!hooks || !hooks->star) {
    buf_puts(err, "* wants int");
    return NUMFMT_VALUE_ERROR;
  }
  return hooks->star(hooks->ctx, is_prec, v);
}

// Digits after the first one in r->ch; [max] bounds the value.
static int digits(Reader *r, int64_t *v, int64_t max, const char *msg,
                  Buf *err) {
  *v = r->ch - '0';
  while (next(r) && r->ch >= '0' && r->ch <= '9') {
    int d = (int)(r->ch - '0');
    if (*v > (max - d) / 10) return incomplete(err, msg);
    *v = *v * 10 + d;
  }
  return 0;
}

static int parse_width(Reader *r, const NumfmtPctHooks *hooks, NumfmtPct *c,
                       Buf *err) {
  if (r->ch == '*') {
    int rc = star(hooks, 0, &c->width, err);
    if (rc < 0) return rc;
    if (c->width < 0) {
      c->flags |= NUMFMT_PCT_LJUST;
      c->width = -c->width;
    }
    next(r);
  } else if (r->ch >= '0' && r->ch <= '9') {
    return digits(r, &c->width, INT64_MAX, "width too big", err);
  }
  return 0;
}

static int parse_prec(Reader *r, const NumfmtPctHooks *hooks, NumfmtPct *c,
                      Buf *err) {
  if (r->ch != '.') return 0;
  c->prec = 0;
  next(r);
  if (r->ch == '*') {
    int rc = star(hooks, 1, &c->prec, err);
    if (rc < 0) return rc;
    if (c->prec < 0) c->prec = 0;
    next(r);
  } else if (r->ch >= '0' && r->ch <= '9') {
    return digits(r, &c->prec, INT_MAX, "precision too big", err);
  }
  return 0;
}

int numfmt_pct_parse(const char *fmt, size_t len, size_t pos,
                     const NumfmtPctHooks *hooks, NumfmtPct *c, Buf *err) {
  *c = (NumfmtPct){0, -1, -1, 0, 0, pos + 1, pos + 1};
  Reader r = {fmt, len, pos + 1, 0, 0, pos + 1};
  char first = r.pos < len ? fmt[r.pos] : '\0';
  if (first == '%') {
    c->percent = 1;
    c->conv = '%';
    c->end = r.pos + 1;
    return 0;
  }
  int rc = first == '(' ? parse_key(&r, hooks, err) : 0;
  while (rc == 0 && next(&r) && set_flag(c, r.ch)) {
  }
  if (rc == 0) rc = parse_width(&r, hooks, c, err);
  if (rc == 0) rc = parse_prec(&r, hooks, c, err);
  if (rc < 0) return rc;
  if (!r.exhausted && (r.ch == 'h' || r.ch == 'l' || r.ch == 'L')) next(&r);
  if (r.exhausted) return incomplete(err, "incomplete format");
  c->conv = r.ch;
  c->conv_off = r.ch_off;
  c->end = r.pos;
  return 0;
}

NumfmtPctKind numfmt_pct_kind(const NumfmtPct *c) {
  uint32_t ch = c->conv;
  if (c->percent) return NUMFMT_PCT_PERCENT;
  if (ch >= 128 || ch == 0) return NUMFMT_PCT_BAD;
  if (strchr("diuoxX", (int)ch)) return NUMFMT_PCT_INT;
  if (strchr("eEfFgG", (int)ch)) return NUMFMT_PCT_FLOAT;
  if (strchr("sra", (int)ch)) return NUMFMT_PCT_TEXT;
  return ch == 'c' ? NUMFMT_PCT_CHAR : NUMFMT_PCT_BAD;
}

int numfmt_pct_unsupported(const char *fmt, const NumfmtPct *c, Buf *err) {
  uint32_t ch = c->conv;
  char shown = ch >= 31 && ch <= 126 ? (char)ch : '?';
  buf_printf(err, "unsupported format character '%c' (0x%x) at index %zu",
             shown, (unsigned)ch, numfmt_utf8_len(fmt, c->conv_off));
  return NUMFMT_VALUE_ERROR;
}

/*** output ***/

static int has_prefix(const NumfmtPct *c) {
  return (c->flags & NUMFMT_PCT_ALT) &&
         (c->conv == 'x' || c->conv == 'X' || c->conv == 'o');
}

static void put_chars(Buf *out, const char *s, size_t n, size_t at,
                      int64_t chars) {
  buf_append(out, s + at, numfmt_utf8_prefix(s + at, n - at, (size_t)chars));
}

// CPython's unicode_format_arg_output: sign, '0x' prefix and padding of a
// converted argument [s]; [numeric] for the d..X and e..G conversions.
static int put_arg(Buf *out, const NumfmtPct *c, const char *s, size_t n,
                   int numeric) {
  int sign = numeric;
  char fill = sign && (c->flags & NUMFMT_PCT_ZERO) ? '0' : ' ';
  int64_t len = (int64_t)numfmt_utf8_len(s, n), width = c->width;
  int plus = c->flags & (NUMFMT_PCT_SIGN | NUMFMT_PCT_BLANK);
  if ((width == -1 || width <= len) && (c->prec == -1 || c->prec >= len) &&
      !plus) {
    buf_append(out, s, n);
    return out->failed ? NUMFMT_MEMORY_ERROR : 0;
  }
  int text = c->conv == 's' || c->conv == 'r' || c->conv == 'a';
  if (text && c->prec >= 0 && len > c->prec) len = c->prec;
  size_t at = 0;
  char signchar = 0;
  if (sign) {
    if (n && (s[0] == '-' || s[0] == '+')) {
      signchar = s[0];
      len--;
      at++;
    } else if (c->flags & NUMFMT_PCT_SIGN) {
      signchar = '+';
    } else if (c->flags & NUMFMT_PCT_BLANK) {
      signchar = ' ';
    } else {
      sign = 0;
    }
  }
  if (width < len) width = len;
  if (sign) {
    if (fill != ' ') buf_putc(out, signchar);
    if (width > len) width--;
  }
  if (has_prefix(c)) {
    if (fill != ' ') {
      buf_append(out, s + at, 2);
      at += 2;
    }
    width = width - 2 < 0 ? 0 : width - 2;
    len -= 2;
  }
  if (width > len && !(c->flags & NUMFMT_PCT_LJUST)) {
    numfmt_put_fill(out, (uint32_t)fill, width - len);
    width = len;
  }
  if (fill == ' ') {
    if (sign) buf_putc(out, signchar);
    if (has_prefix(c)) {
      buf_append(out, s + at, 2);
      at += 2;
    }
  }
  put_chars(out, s, n, at, len);
  if (width > len) numfmt_put_fill(out, ' ', width - len);
  return out->failed ? NUMFMT_MEMORY_ERROR : 0;
}

// CPython's _PyUnicode_FormatLong: digits, optional 0x/0o prefix, at
// least [prec] digits, upper case for X.
static int int_text(Buf *t, const BigAlloc *al, const NumfmtPct *c,
                    const BigInt *x, int64_t limit, Buf *err) {
  uint32_t ch = c->conv;
  int base = ch == 'o' ? 8 : ch == 'x' || ch == 'X' ? 16 : 10;
  int prefix = base != 10 && (c->flags & NUMFMT_PCT_ALT);
  BigErr e = {0};
  Buf digits;
  buf_init(&digits);
  if (big_to_str(al, &digits, x, base, BIG_STR_NO_SIGN, limit, &e) < 0) {
    buf_free(&digits);
    big_error_message(err, &e, NULL);
    return e.code == BIG_NOMEM ? NUMFMT_MEMORY_ERROR : NUMFMT_VALUE_ERROR;
  }
  if (x->size < 0) buf_putc(t, '-');
  if (prefix) buf_puts(t, base == 8 ? "0o" : ch == 'X' ? "0X" : "0x");
  if (c->prec > (int64_t)digits.len) {
    numfmt_put_fill(t, '0', c->prec - (int64_t)digits.len);
  }
  size_t start = t->len;
  buf_append(t, buf_cstr(&digits), digits.len);
  for (size_t i = start; ch == 'X' && i < t->len; i++) {
    if (t->data[i] >= 'a' && t->data[i] <= 'f') t->data[i] -= 'a' - 'A';
  }
  buf_free(&digits);
  return t->failed ? NUMFMT_MEMORY_ERROR : 0;
}

int numfmt_pct_int(Buf *out, const BigAlloc *al, const NumfmtPct *c,
                   const BigInt *x, int64_t limit, Buf *err) {
  if (c->prec > INT_MAX - 3) {
    buf_puts(err, "precision too large");
    return NUMFMT_OVERFLOW_ERROR;
  }
  Buf t;
  buf_init(&t);
  int rc = int_text(&t, al, c, x, limit, err);
  if (rc == 0) rc = put_arg(out, c, buf_cstr(&t), t.len, 1);
  buf_free(&t);
  return rc;
}

int numfmt_pct_float(Buf *out, const NumfmtPct *c, double x, Buf *err) {
  (void)err;
  Buf t;
  buf_init(&t);
  int flags = c->flags & NUMFMT_PCT_ALT ? NUMFMT_ALT : 0;
  numfmt_double(&t, x, (char)c->conv, c->prec < 0 ? 6 : (int)c->prec, flags);
  int rc = t.failed ? NUMFMT_MEMORY_ERROR
                    : put_arg(out, c, buf_cstr(&t), t.len, 1);
  buf_free(&t);
  return rc;
}

int numfmt_pct_text(Buf *out, const NumfmtPct *c, const char *s, size_t n) {
  return put_arg(out, c, s, n, 0);
}

int numfmt_pct_char_code(const BigInt *x, uint32_t *cp, Buf *err) {
  int64_t v;
  if (!big_to_i64(x, &v) || v < 0 || v > 0x10FFFF) {
    buf_puts(err, "%c arg not in range(0x110000)");
    return NUMFMT_OVERFLOW_ERROR;
  }
  *cp = (uint32_t)v;
  return 0;
}
