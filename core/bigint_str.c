// bigint_str.c — int <-> text: str()/hex()/oct()/bin() output and int(s,
// base) parsing with CPython 3.11's rules (whitespace, sign, underscores,
// prefixes, the int_max_str_digits limit). See core/NUMBERS.md.
#include "bigint_impl.h"
#include "numfmt_ascii.h"

#include <string.h>

// CPython checks the digit limit only past this many digits.
#define LIMIT_THRESHOLD 640
#define DEC_BASE 1000000000u // 10**9: one output word holds 9 digits

/*** output ***/

// Collects characters in a small array and flushes them to a Buf.
typedef struct Chunk {
  Buf *out;
  int n;
  char c[128];
} Chunk;

static void chunk_put(Chunk *k, char ch) {
  k->c[k->n++] = ch;
  if (k->n == (int)sizeof k->c) {
    buf_append(k->out, k->c, sizeof k->c);
    k->n = 0;
  }
}

static void chunk_flush(Chunk *k) {
  buf_append(k->out, k->c, (size_t)k->n);
  k->n = 0;
}

static void put_prefix(Chunk *k, const BigInt *x, int base, int flags) {
  if (x->size < 0 && !(flags & BIG_STR_NO_SIGN)) chunk_put(k, '-');
  if (!(flags & BIG_STR_PREFIX) || base == 10) return;
  chunk_put(k, '0');
  char p = base == 16 ? 'x' : base == 8 ? 'o' : 'b';
  chunk_put(k, (flags & BIG_STR_UPPER) && base == 16 ? 'X' : p);
}

// Bases 2, 8, 16: k bits per character, linear time.
static void put_binary(Chunk *k, const BigInt *x, int bits, int upper) {
  const char *set = upper ? "0123456789ABCDEF" : "0123456789abcdef";
  int64_t nbits = big_bit_length(x), n = big_len(x);
  int64_t nchars = nbits == 0 ? 1 : (nbits + bits - 1) / bits;
  for (int64_t i = nchars - 1; i >= 0; i--) {
    int64_t b = i * bits, di = b / BIG_SHIFT;
    int off = (int)(b % BIG_SHIFT);
    uint64_t v = x->size ? x->digits[di] >> off : 0;
    if (off + bits > BIG_SHIFT && di + 1 < n) {
      v |= (uint64_t)x->digits[di + 1] << (BIG_SHIFT - off);
    }
    chunk_put(k, set[v & ((1u << bits) - 1)]);
  }
}

// Converts |x| to base 10**9 words (least significant first) in [w];
// returns the word count (at least 1).
static int64_t to_dec_words(const BigInt *x, uint32_t *w) {
  int64_t size = 0;
  for (int64_t i = big_len(x) - 1; i >= 0; i--) {
    uint32_t hi = x->digits[i];
    for (int64_t j = 0; j < size; j++) {
      uint64_t z = (uint64_t)w[j] << BIG_SHIFT | hi;
      hi = (uint32_t)(z / DEC_BASE);
      w[j] = (uint32_t)(z - (uint64_t)hi * DEC_BASE);
    }
    while (hi) {
      w[size++] = hi % DEC_BASE;
      hi /= DEC_BASE;
    }
  }
  if (size == 0) w[size++] = 0;
  return size;
}

static int64_t dec_digit_count(const uint32_t *w, int64_t n) {
  int64_t count = 1 + (n - 1) * 9;
  for (uint32_t p = 10; p <= w[n - 1] && count < n * 9; p *= 10) count++;
  return count;
}

static void put_dec_words(Chunk *k, const uint32_t *w, int64_t n) {
  char tmp[10];
  int len = 0;
  for (uint32_t v = w[n - 1]; v || len == 0; v /= 10) tmp[len++] = '0' + v % 10;
  while (len) chunk_put(k, tmp[--len]);
  for (int64_t i = n - 2; i >= 0; i--) {
    uint32_t v = w[i];
    for (int j = 8; j >= 0; j--, v /= 10) tmp[j] = (char)('0' + v % 10);
    for (int j = 0; j < 9; j++) chunk_put(k, tmp[j]);
  }
}

// CPython's cheap pre-check: true only when x surely has too many digits.
static int surely_over_limit(const BigInt *x, int64_t limit) {
  int64_t n = big_len(x);
  if (limit <= 0 || n < 10 * LIMIT_THRESHOLD / (3 * BIG_SHIFT) + 2) return 0;
  return limit / (3 * BIG_SHIFT) <= (n - 11) / 10;
}

static int put_decimal(const BigAlloc *al, Chunk *k, const BigInt *x,
                       int64_t limit, BigErr *err) {
  if (surely_over_limit(x, limit)) goto over;
  int64_t n = big_len(x);
  uint32_t *w = big_scratch(al, 1 + n + n / 99);
  if (!w) {
    err->code = BIG_NOMEM;
    return -1;
  }
  int64_t nw = to_dec_words(x, w);
  int64_t count = dec_digit_count(w, nw);
  int sign = x->size < 0;
  if (count + sign > LIMIT_THRESHOLD && limit > 0 && count > limit) {
    big_scratch_free(al, w);
    goto over;
  }
  put_dec_words(k, w, nw);
  big_scratch_free(al, w);
  return 0;
over:
  err->code = BIG_STR_LIMIT_FORMAT;
  err->limit = limit;
  return -1;
}

int big_to_str(const BigAlloc *al, Buf *out, const BigInt *x, int base,
               int flags, int64_t limit, BigErr *err) {
  Chunk k = {out, 0, {0}};
  int rc = 0;
  put_prefix(&k, x, base, flags);
  if (base == 10) {
    rc = put_decimal(al, &k, x, limit, err);
  } else {
    int bits = base == 16 ? 4 : base == 8 ? 3 : 1;
    put_binary(&k, x, bits, flags & BIG_STR_UPPER);
  }
  if (rc == 0) chunk_flush(&k);
  if (rc == 0 && out->failed) {
    err->code = BIG_NOMEM;
    rc = -1;
  }
  return rc;
}

/*** parsing ***/

static int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 37;
}

static int is_ascii_space(char c) {
  return c == ' ' || (c >= '\t' && c <= '\r');
}

// The text being parsed: ASCII, p moves from start to end.
typedef struct Scan {
  const char *p, *end;
} Scan;

static char peek(const Scan *s, size_t i) {
  return s->p + i < s->end ? s->p[i] : '\0';
}

static int has_prefix(const Scan *s, int base) {
  char c = (char)(peek(s, 1) | 0x20);
  return peek(s, 0) == '0' && ((base == 16 && c == 'x') ||
                               (base == 8 && c == 'o') ||
                               (base == 2 && c == 'b'));
}

// Reads the base-0 prefix decision; sets *zero_only for "0..." decimals.
static int detect_base(const Scan *s, int *zero_only) {
  if (peek(s, 0) != '0') return 10;
  char c = (char)(peek(s, 1) | 0x20);
  if (c == 'x') return 16;
  if (c == 'o') return 8;
  if (c == 'b') return 2;
  *zero_only = 1;
  return 10;
}

// Counts the digits of the run at s->p (underscores between digits allowed)
// and moves s->p past it. Returns -1 for misplaced underscores.
static int64_t count_digits(Scan *s, int base) {
  int64_t digits = 0;
  char prev = 0;
  while (s->p < s->end && (digit_value(*s->p) < base || *s->p == '_')) {
    if (*s->p == '_' && prev == '_') return -1;
    if (*s->p != '_') digits++;
    prev = *s->p++;
  }
  return prev == '_' ? -1 : digits;
}

// Digits of a power-of-two base, least significant character last.
static BigInt *from_binary(const BigAlloc *al, const char *p, const char *end,
                           int base, int64_t digits) {
  int bits = base == 2 ? 1 : base == 4 ? 2 : base == 8 ? 3 : base == 16 ? 4 : 5;
  BigInt *z = big_raw(al, (digits * bits + BIG_SHIFT - 1) / BIG_SHIFT);
  if (!z) return NULL;
  uint64_t acc = 0;
  int nacc = 0;
  int64_t nz = 0;
  for (const char *q = end; q-- > p;) {
    if (*q == '_') continue;
    acc |= (uint64_t)digit_value(*q) << nacc;
    nacc += bits;
    if (nacc >= BIG_SHIFT) {
      z->digits[nz++] = (uint32_t)acc & BIG_MASK;
      acc >>= BIG_SHIFT;
      nacc -= BIG_SHIFT;
    }
  }
  if (nacc) z->digits[nz++] = (uint32_t)acc;
  while (nz < z->size) z->digits[nz++] = 0;
  return big_norm(z, 0);
}

// Other bases: groups of digits as one word, z = z * base**k + word.
static BigInt *from_other(const BigAlloc *al, const char *p, const char *end,
                          int base, int64_t digits) {
  int width = 1;
  uint32_t maxmul = (uint32_t)base;
  while ((uint64_t)maxmul * (uint32_t)base <= BIG_BASE) {
    maxmul *= (uint32_t)base;
    width++;
  }
  // bits per digit < 5.25 (base 36 < 2**5.17)
  BigInt *z = big_raw(al, digits * 21 / 4 / BIG_SHIFT + 2);
  if (!z) return NULL;
  int64_t nz = 0;
  while (p < end) {
    uint32_t word = 0, mul = 1;
    for (int i = 0; i < width && p < end; p++) {
      if (*p == '_') continue;
      word = word * (uint32_t)base + (uint32_t)digit_value(*p);
      mul *= (uint32_t)base;
      i++;
    }
    uint32_t carry = mag_mul1(z->digits, z->digits, nz, mul, word);
    if (carry) z->digits[nz++] = carry;
  }
  z->size = nz;
  return big_norm(z, 0);
}

static BigInt *invalid(BigErr *err, int base) {
  err->code = BIG_INVALID_LITERAL;
  err->base = base;
  return NULL;
}

// Parses the ASCII text [s]: the body of int(text, base).
static BigInt *parse_ascii(const BigAlloc *al, Scan s, int base, int64_t limit,
                           BigErr *err) {
  int orig_base = base, negative = 0, zero_only = 0;
  while (s.p < s.end && is_ascii_space(*s.p)) s.p++;
  if (peek(&s, 0) == '+' || peek(&s, 0) == '-') negative = *s.p++ == '-';
  if (base == 0) base = detect_base(&s, &zero_only);
  if (has_prefix(&s, base)) {
    s.p += 2;
    if (peek(&s, 0) == '_') s.p++;
  }
  if (peek(&s, 0) == '_') return invalid(err, orig_base);
  const char *start = s.p;
  int64_t digits = count_digits(&s, base);
  if (digits < 0) return invalid(err, orig_base);
  int binary = (base & (base - 1)) == 0;
  if (!binary && digits > LIMIT_THRESHOLD && limit > 0 && digits > limit) {
    err->code = BIG_STR_LIMIT_PARSE;
    err->limit = limit;
    err->ndigits = digits;
    return NULL;
  }
  while (s.p < s.end && is_ascii_space(*s.p)) s.p++;
  if (digits == 0 || s.p != s.end) return invalid(err, orig_base);
  const char *stop = start;
  while (stop < s.end && (digit_value(*stop) < base || *stop == '_')) stop++;
  BigInt *z = binary ? from_binary(al, start, stop, base, digits)
                     : from_other(al, start, stop, base, digits);
  if (!z) return big_check(z, err);
  if (zero_only && z->size != 0) {
    big_free(al, z);
    return invalid(err, orig_base);
  }
  if (negative) z->size = -z->size;
  return z;
}

BigInt *big_from_str(const BigAlloc *al, const char *s, size_t len, int base,
                     int64_t limit, BigErr *err) {
  if (base == 1 || base < 0 || base > 36) {
    err->code = BIG_BAD_BASE;
    return NULL;
  }
  char small[64];
  char *t = len <= sizeof small ? small : al->alloc(al->ctx, len);
  if (!t) return big_check(NULL, err);
  size_t n = numfmt_to_ascii(s, len, t);
  BigInt *z = parse_ascii(al, (Scan){t, t + n}, base, limit, err);
  if (t != small) al->free(al->ctx, t);
  return z;
}

BigInt *big_from_literal(const BigAlloc *al, const char *s, size_t len,
                         int64_t limit, BigErr *err) {
  return parse_ascii(al, (Scan){s, s + len}, 0, limit, err);
}
