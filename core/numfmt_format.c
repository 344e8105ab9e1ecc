// numfmt_format.c — format(value, spec) for int, float and str: CPython's
// number layout (sign, prefix, zero padding, thousands grouping, fill and
// alignment counted in code points) and its per-type checks. NUMBERS.md.
#include "numfmt_impl.h"

#include <limits.h>
#include <math.h>
#include <string.h>

// The pieces of a formatted number, as CPython's NumberFieldWidths.
typedef struct Number {
  char sign;            // 0 or '-' for the value itself
  const char *prefix;   // "0x" and friends ("" when none)
  const char *digits;   // integer digits (ASCII)
  size_t n_digits;
  int has_decimal;      // a '.' follows the digits
  const char *rest;     // after the point (or all of a 'c' character)
  size_t n_rest;        // bytes of rest
} Number;

static char sign_char(char value_sign, uint32_t spec_sign) {
  if (spec_sign == '+') return value_sign == '-' ? '-' : '+';
  if (spec_sign == ' ') return value_sign == '-' ? '-' : ' ';
  return value_sign == '-' ? '-' : 0;
}

static int group_size(int thousands) {
  return thousands == NUMFMT_UNDER_FOUR ? 4 : thousands ? 3 : 0;
}

// Appends digits[0..n) (reversed) to rev with separators every [size]
// digits (none when size == 0) and zeros up to [min_width]: CPython's
// _PyUnicode_InsertThousandsGrouping.
static void group_reversed(Buf *rev, const char *digits, int64_t n,
                           int size, char sep, int64_t min_width) {
  int64_t remaining = n, pos = n;
  if (min_width < 0) min_width = 0;
  int use_sep = 0;
  for (;;) {
    int64_t want = remaining > min_width ? remaining : min_width;
    if (want < 1) want = 1;
    int64_t len = size && size < want ? size : want;
    int64_t chars = remaining < len ? remaining : len;
    if (use_sep) buf_putc(rev, sep);
    for (int64_t i = 0; i < chars; i++) buf_putc(rev, digits[--pos]);
    numfmt_put_fill(rev, '0', len - chars);
    use_sep = 1;
    remaining -= chars;
    min_width -= len;
    if (!size || (remaining <= 0 && min_width <= 0)) return;
    min_width -= 1;
  }
}

static void put_reversed(Buf *out, const Buf *rev) {
  for (size_t i = rev->len; i > 0; i--) buf_putc(out, rev->data[i - 1]);
}

// Lays out [num] according to [spec] (CPython's calc_number_widths and
// fill_number).
static int put_number(Buf *out, const Number *num, const NumfmtSpec *spec) {
  char sign = sign_char(num->sign, spec->sign);
  int64_t n_rest = (int64_t)numfmt_utf8_len(num->rest, num->n_rest);
  int64_t fixed = (sign != 0) + (int64_t)strlen(num->prefix) +
                  num->has_decimal + n_rest;
  int64_t min_width =
      spec->fill == '0' && spec->align == '=' ? spec->width - fixed : 0;
  Buf grouped;
  buf_init(&grouped);
  if (num->n_digits) {
    group_reversed(&grouped, num->digits, (int64_t)num->n_digits,
                   group_size(spec->thousands),
                   spec->thousands == ',' ? ',' : '_', min_width);
  }
  int64_t pad = spec->width - (fixed + (int64_t)grouped.len);
  int64_t lpad = 0, spad = 0, rpad = 0;
  if (pad > 0) {
    if (spec->align == '<') rpad = pad;
    else if (spec->align == '^') lpad = pad / 2, rpad = pad - pad / 2;
    else if (spec->align == '=') spad = pad;
    else lpad = pad;
  }
  numfmt_put_fill(out, spec->fill, lpad);
  if (sign) buf_putc(out, sign);
  buf_puts(out, num->prefix);
  numfmt_put_fill(out, spec->fill, spad);
  put_reversed(out, &grouped);
  if (num->has_decimal) buf_putc(out, '.');
  buf_append(out, num->rest, num->n_rest);
  numfmt_put_fill(out, spec->fill, rpad);
  int failed = grouped.failed;
  buf_free(&grouped);
  return out->failed || failed ? NUMFMT_MEMORY_ERROR : 0;
}

/*** floats ***/

// Splits the text of a formatted float into sign, digits, point, rest.
static Number split_float(const char *text, size_t n) {
  Number num = {0, "", text, 0, 0, "", 0};
  if (n && text[0] == '-') {
    num.sign = '-';
    num.digits++;
    n--;
  }
  while (num.n_digits < n && num.digits[num.n_digits] >= '0' &&
         num.digits[num.n_digits] <= '9') {
    num.n_digits++;
  }
  num.rest = num.digits + num.n_digits;
  num.n_rest = n - num.n_digits;
  if (num.n_rest && num.rest[0] == '.') {
    num.has_decimal = 1;
    num.rest++;
    num.n_rest--;
  }
  return num;
}

static int format_float_spec(Buf *out, double x, const NumfmtSpec *spec,
                             Buf *err) {
  if (spec->precision > INT_MAX) {
    buf_puts(err, "precision too big");
    return NUMFMT_VALUE_ERROR;
  }
  int flags = (spec->alternate ? NUMFMT_ALT : 0) |
              (spec->no_neg_0 ? NUMFMT_NO_NEG_0 : 0);
  int precision = (int)spec->precision, default_precision = 6;
  uint32_t type = spec->type;
  if (type == 0) {
    flags |= NUMFMT_ADD_DOT_0;
    type = 'r';
    default_precision = 0;
  }
  if (type == 'n') type = 'g';
  int percent = type == '%';
  if (percent) {
    type = 'f';
    x *= 100;
  }
  if (precision < 0) precision = default_precision;
  else if (type == 'r') type = 'g';
  Buf text;
  buf_init(&text);
  numfmt_double(&text, x, (char)type, precision, flags);
  if (percent) buf_putc(&text, '%');
  Number num = split_float(buf_cstr(&text), text.len);
  int rc = text.failed ? NUMFMT_MEMORY_ERROR : put_number(out, &num, spec);
  buf_free(&text);
  return rc;
}

int numfmt_format_float(Buf *out, double x, const char *spec, size_t len,
                        const char *type_name, Buf *err) {
  if (len == 0) return numfmt_repr(out, x);
  NumfmtSpec s;
  int rc = numfmt_spec_parse(spec, len, 0, '>', type_name, &s, err);
  if (rc < 0) return rc;
  if (!s.type || strchr("eEfFgGn%", (int)s.type)) {
    return format_float_spec(out, x, &s, err);
  }
  return numfmt_unknown_code(s.type, type_name, err);
}

/*** ints ***/

static int int_checks(const NumfmtSpec *spec, Buf *err) {
  if (spec->precision != -1) {
    buf_puts(err, "Precision not allowed in integer format specifier");
  } else if (spec->no_neg_0) {
    buf_puts(err, "Negative zero coercion (z) not allowed in integer format "
                  "specifier");
  } else if (spec->type == 'c' && spec->sign) {
    buf_puts(err, "Sign not allowed with integer format specifier 'c'");
  } else if (spec->type == 'c' && spec->alternate) {
    buf_puts(err, "Alternate form (#) not allowed with integer format "
                  "specifier 'c'");
  } else {
    return 0;
  }
  return NUMFMT_VALUE_ERROR;
}

static int format_char(Buf *out, const BigInt *x, const NumfmtSpec *spec,
                       Buf *err) {
  int64_t v;
  if (!big_to_i64(x, &v)) {
    buf_puts(err, "Python int too large to convert to C long");
    return NUMFMT_OVERFLOW_ERROR;
  }
  if (v < 0 || v > 0x10FFFF) {
    buf_puts(err, "%c arg not in range(0x110000)");
    return NUMFMT_OVERFLOW_ERROR;
  }
  Buf one;
  buf_init(&one);
  buf_put_utf8(&one, (unsigned)v);
  Number num = {0, "", "", 0, 0, buf_cstr(&one), one.len};
  int rc = one.failed ? NUMFMT_MEMORY_ERROR : put_number(out, &num, spec);
  buf_free(&one);
  return rc;
}

static int format_digits(Buf *out, const BigAlloc *al, const BigInt *x,
                         const NumfmtSpec *spec, int64_t limit, Buf *err) {
  uint32_t t = spec->type;
  int base = t == 'b' ? 2 : t == 'o' ? 8 : t == 'x' || t == 'X' ? 16 : 10;
  static const char *const prefixes[] = {"0b", "0o", "0x", "0X"};
  const char *prefix = "";
  if (spec->alternate && base != 10) {
    prefix = prefixes[base == 2 ? 0 : base == 8 ? 1 : t == 'x' ? 2 : 3];
  }
  Buf digits;
  buf_init(&digits);
  BigErr e = {0};
  int flags = BIG_STR_NO_SIGN | (t == 'X' ? BIG_STR_UPPER : 0);
  int rc = 0;
  if (big_to_str(al, &digits, x, base, flags, limit, &e) < 0) {
    big_error_message(err, &e, NULL);
    rc = e.code == BIG_NOMEM ? NUMFMT_MEMORY_ERROR : NUMFMT_VALUE_ERROR;
  } else {
    Number num = {x->size < 0 ? '-' : 0, prefix, buf_cstr(&digits),
                  digits.len, 0, "", 0};
    rc = put_number(out, &num, spec);
  }
  buf_free(&digits);
  return rc;
}

static int int_as_float(Buf *out, const BigInt *x, const NumfmtSpec *spec,
                        Buf *err) {
  int overflow;
  double d = big_to_double(x, &overflow);
  if (overflow) {
    buf_puts(err, "int too large to convert to float");
    return NUMFMT_OVERFLOW_ERROR;
  }
  return format_float_spec(out, d, spec, err);
}

int numfmt_format_int(Buf *out, const BigAlloc *al, const BigInt *x,
                      const char *spec, size_t len, const char *type_name,
                      int64_t limit, Buf *err) {
  NumfmtSpec s = {' ', '>', 0, 0, 0, -1, 0, -1, 'd'};
  if (len) {
    int rc = numfmt_spec_parse(spec, len, 'd', '>', type_name, &s, err);
    if (rc < 0) return rc;
  }
  if (s.type && strchr("eEfFgG%", (int)s.type)) {
    return int_as_float(out, x, &s, err);
  }
  if (!s.type || !strchr("bcdoxXn", (int)s.type)) {
    return numfmt_unknown_code(s.type, type_name, err);
  }
  int rc = int_checks(&s, err);
  if (rc < 0) return rc;
  if (s.type == 'c') return format_char(out, x, &s, err);
  return format_digits(out, al, x, &s, limit, err);
}

/*** strings ***/

static int str_checks(const NumfmtSpec *spec, Buf *err) {
  if (spec->sign == ' ') {
    buf_puts(err, "Space not allowed in string format specifier");
  } else if (spec->sign) {
    buf_puts(err, "Sign not allowed in string format specifier");
  } else if (spec->no_neg_0) {
    buf_puts(err, "Negative zero coercion (z) not allowed in string format "
                  "specifier");
  } else if (spec->alternate) {
    buf_puts(err, "Alternate form (#) not allowed in string format "
                  "specifier");
  } else if (spec->align == '=') {
    buf_puts(err, "'=' alignment not allowed in string format specifier");
  } else {
    return 0;
  }
  return NUMFMT_VALUE_ERROR;
}

int numfmt_format_str(Buf *out, const char *s, size_t n, const char *spec,
                      size_t len, const char *type_name, Buf *err) {
  NumfmtSpec f;
  if (len) {
    int rc = numfmt_spec_parse(spec, len, 's', '<', type_name, &f, err);
    if (rc < 0) return rc;
    if (f.type != 's') return numfmt_unknown_code(f.type, type_name, err);
    if ((rc = str_checks(&f, err)) < 0) return rc;
  } else {
    f = (NumfmtSpec){' ', '<', 0, 0, 0, -1, 0, -1, 's'};
  }
  int64_t chars = (int64_t)numfmt_utf8_len(s, n);
  if (f.precision >= 0 && chars > f.precision) {
    n = numfmt_utf8_prefix(s, n, (size_t)f.precision);
    chars = f.precision;
  }
  int64_t pad = f.width > chars ? f.width - chars : 0;
  int64_t left = f.align == '>' ? pad : f.align == '^' ? pad / 2 : 0;
  numfmt_put_fill(out, f.fill, left);
  buf_append(out, s, n);
  numfmt_put_fill(out, f.fill, pad - left);
  return out->failed ? NUMFMT_MEMORY_ERROR : 0;
}
