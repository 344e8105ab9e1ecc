// float_hex.c — float.hex() and float.fromhex(): the exact hexadecimal form
// of a double (13 hex digits after the point, subnormals as 0x0.…p-1022)
// and its parser, correctly rounded (half to even), with CPython 3.11's
// accepted syntax and messages (Objects/floatobject.c). core/NUMBERS.md
// describes floats.
#include "abstract.h"
#include "args.h"
#include "errors.h"
#include "func.h"
#include "int.h"
#include "str.h"
#include "typeobj.h"
#include "vm.h"

#include <float.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

// ---- hex() -------------------------------------------------------------------

static Object *float_hex(Vm *vm, Object *self, Object *const *args,
                         size_t nargs, Object *kw) {
  if (parse_args(vm, "float.hex", args, nargs, kw, "N") < 0) return NULL;
  double x = float_value(self);
  if (isnan(x) || isinf(x)) return obj_repr(vm, self);
  if (x == 0.0)
    return str_from_cstr(vm, signbit(x) ? "-0x0.0p+0" : "0x0.0p+0");
  int e;
  double m = frexp(fabs(x), &e); // m in [0.5, 1)
  int shift = 1 - (DBL_MIN_EXP - e > 0 ? DBL_MIN_EXP - e : 0);
  m = ldexp(m, shift); // [1, 2), or less for subnormals
  e -= shift;
  char digits[20], out[48];
  int n = 0;
  digits[n++] = "0123456789abcdef"[(int)m];
  m -= (int)m;
  digits[n++] = '.';
  for (int i = 0; i < 13; i++) {
    m *= 16.0;
    digits[n++] = "0123456789abcdef"[(int)m];
    m -= (int)m;
  }
  digits[n] = '\0';
  snprintf(out, sizeof out, "%s0x%sp%c%d", x < 0 ? "-" : "", digits,
           e < 0 ? '-' : '+', e < 0 ? -e : e);
  return str_from_cstr(vm, out);
}

// ---- fromhex() ---------------------------------------------------------------

// The hex digits of a literal, most significant first, without leading
// zeros: value = digits * 2**exp2.
typedef struct HexNum {
  const char *p;   // first significant digit
  const char *dot; // the point if it comes after p, else NULL
  int ndigits;
  int64_t exp2;
} HexNum;

static int hexval(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The [k]th significant digit, skipping the point.
static int digit_at(const HexNum *h, int k) {
  const char *q = h->p + k;
  return hexval(h->dot && q >= h->dot ? q[1] : q[0]);
}

static bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// Saturating decimal exponent (its sign applied by the caller).
static const char *parse_exponent(const char *s, int64_t *out) {
  int64_t e = 0;
  if (*s < '0' || *s > '9') return NULL;
  for (; *s >= '0' && *s <= '9'; s++)
    if (e < ((int64_t)1 << 40)) e = e * 10 + (*s - '0');
  *out = e;
  return s;
}

// Parses "[0x]digits[.digits][p[+-]exp]"; NULL if malformed.
static const char *parse_hex(const char *s, HexNum *h) {
  if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) s += 2;
  const char *start = s;
  int total = 0, frac = 0, lead = 0;
  bool point = false, seen = false;
  h->p = NULL;
  for (;; s++) {
    if (*s == '.' && !point) {
      point = true;
      continue;
    }
    if (hexval(*s) < 0) break;
    total++;
    if (point) frac++;
    if (!seen && hexval(*s) == 0) lead++;
    else if (!seen) {
      seen = true;
      h->p = s;
    }
  }
  if (total == 0) return NULL;
  const char *dot = memchr(start, '.', (size_t)(s - start));
  h->dot = dot && h->p && dot > h->p ? dot : NULL;
  h->ndigits = total - lead;
  int64_t e = 0;
  if (*s == 'p' || *s == 'P') {
    bool neg = s[1] == '-';
    s = parse_exponent(s + 1 + (s[1] == '-' || s[1] == '+'), &e);
    if (!s) return NULL;
    if (neg) e = -e;
  }
  h->exp2 = e - 4 * (int64_t)frac;
  return s;
}

static int bit_at(const HexNum *h, int top_bits, int64_t k) {
  if (k < top_bits) return (digit_at(h, 0) >> (top_bits - 1 - k)) & 1;
  k -= top_bits;
  return (digit_at(h, (int)(1 + k / 4)) >> (3 - k % 4)) & 1;
}

// The nearest double to the number (half to even); *[overflow] if too big.
static double hex_value(const HexNum *h, bool *overflow) {
  *overflow = false;
  if (h->ndigits == 0) return 0.0;
  int top_bits = 0;
  for (int d = digit_at(h, 0); d; d >>= 1)
    top_bits++;
  int64_t nbits = top_bits + 4 * (int64_t)(h->ndigits - 1);
  int64_t top = nbits - 1 + h->exp2; // exponent of the leading bit
  if (top > DBL_MAX_EXP) {
    *overflow = true;
    return 0.0;
  }
  int64_t keep = top >= DBL_MIN_EXP - 1 ? DBL_MANT_DIG
                                        : top - (DBL_MIN_EXP - DBL_MANT_DIG) + 1;
  if (keep < 0) return 0.0;
  uint64_t q = 0;
  for (int64_t k = 0; k < keep; k++)
    q = q << 1 | (uint64_t)(k < nbits ? bit_at(h, top_bits, k) : 0);
  int half = keep < nbits ? bit_at(h, top_bits, keep) : 0;
  bool sticky = false;
  for (int64_t k = keep + 1; half && !sticky && k < nbits; k++)
    sticky = bit_at(h, top_bits, k);
  if (half && (sticky || (q & 1))) q++;
  double r = ldexp((double)q, (int)(top - keep + 1));
  if (isinf(r)) *overflow = true;
  return r;
}

static bool match_word(const char **s, const char *word) {
  size_t n = strlen(word);
  for (size_t i = 0; i < n; i++)
    if (((*s)[i] | 0x20) != word[i]) return false;
  *s += n;
  return true;
}

// inf, infinity or nan (any case) at *[s]; advances past it.
static bool parse_special(const char **s, double *out) {
  if (match_word(s, "infinity") || match_word(s, "inf")) {
    *out = INFINITY;
    return true;
  }
  if (match_word(s, "nan")) {
    *out = NAN;
    return true;
  }
  return false;
}

static Object *invalid(Vm *vm) {
  err_set(vm, vm->t.ValueError, "invalid hexadecimal floating-point string");
  return NULL;
}

static Object *parse_float_hex(Vm *vm, Object *text) {
  const char *s = str_data(text), *end = s + str_size(text);
  while (is_space(*s))
    s++;
  bool neg = *s == '-';
  if (*s == '-' || *s == '+') s++;
  double x;
  HexNum h;
  if (!parse_special(&s, &x)) {
    s = parse_hex(s, &h);
    if (!s) return invalid(vm);
    bool overflow;
    x = hex_value(&h, &overflow);
    if (overflow) {
      err_set(vm, vm->t.OverflowError,
              "hexadecimal value too large to represent as a float");
      return NULL;
    }
  }
  while (s < end && is_space(*s))
    s++;
  if (s != end) return invalid(vm);
  return float_new(vm, neg ? -x : x);
}

static Object *float_fromhex(Vm *vm, Object *type, Object *const *args,
                             size_t nargs, Object *kw) {
  Object *text;
  if (parse_args(vm, "fromhex", args, nargs, kw, "1O:string", &text) < 0)
    return NULL;
  if (!is_str(text)) {
    err_set(vm, vm->t.TypeError, "bad argument type for built-in operation");
    return NULL;
  }
  Object *r = parse_float_hex(vm, text);
  if (!r || type == AS_OBJ(vm->t.float_)) return r;
  Object *o = obj_call1(vm, type, r);
  decref(vm, r);
  return o;
}

static const MethodDef float_hex_methods[] = {
    {"hex", float_hex, 0, NULL},
    {"fromhex", float_fromhex, MD_CLASS, NULL},
    {NULL, NULL, 0, NULL}};

void float_hex_init(Vm *vm, TypeObject *float_type) {
  type_add_methods(vm, float_type, float_hex_methods);
}
