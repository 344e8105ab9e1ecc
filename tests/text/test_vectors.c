// test_vectors.c — checks every str operation of the text library against
// one vector line produced by gen_vectors.py (python3's results).
#include "test_vectors.h"

#include <stdlib.h>
#include <string.h>

#include "unicode.h"

#define S(i) test_str(t, f[i])
#define I(i) test_int(f[i])

typedef int (*MapFn)(const char *, size_t, Buf *);

// Runs [fn] on [s] and compares the output with [want].
static void check_map(Test *t, MapFn fn, Str s, Str want, const char *what) {
  Buf b;
  buf_init(&b);
  test_check_int(t, fn(s.s, s.len, &b), UNICODE_OK, what);
  test_check_buf(t, &b, want, what);
  buf_free(&b);
}

static void t_case(Test *t, char **f, int n) {
  static const MapFn fns[] = {unicode_upper, unicode_lower, unicode_casefold,
                              unicode_title, unicode_capitalize,
                              unicode_swapcase};
  static const char *names[] = {"upper", "lower", "casefold", "title",
                                "capitalize", "swapcase"};
  (void)n;
  for (int k = 0; k < 6; k++) check_map(t, fns[k], S(1), S(2 + k), names[k]);
}

static void t_repr(Test *t, char **f, int n) {
  (void)n;
  check_map(t, unicode_repr, S(1), S(2), "repr");
  check_map(t, unicode_ascii, S(1), S(3), "ascii");
  // ascii(x) == backslashreplace(repr(x))
  check_map(t, unicode_backslashreplace, S(2), S(3), "backslashreplace");
}

static void t_pred(Test *t, char **f, int n) {
  typedef int (*PredFn)(const char *, size_t);
  static const PredFn fns[] = {
      unicode_isalpha,   unicode_isdecimal,    unicode_isdigit,
      unicode_isnumeric, unicode_isalnum,      unicode_isspace,
      unicode_islower,   unicode_isupper,      unicode_istitle,
      unicode_isidentifier, unicode_isprintable, unicode_isascii};
  Str s = S(1);
  (void)n;
  for (int k = 0; k < 12; k++)
    test_check_int(t, fns[k](s.s, s.len), f[2][k] - '0', "predicate");
}

static void t_strip(Test *t, char **f, int n) {
  Str s = S(1), chars = S(2);
  (void)n;
  UnicodeSpan sp = unicode_strip(s.s, s.len, chars.none ? NULL : chars.s,
                                 chars.len, (int)I(3));
  test_check_str(t, s.s + sp.start, sp.len, S(4), "strip");
}

// Compares [spans] of [s] with the expected pieces f[first...].
static void check_spans(Test *t, Str s, const UnicodeSpans *spans, char **f,
                        int first, int n) {
  test_check_int(t, (int64_t)spans->len, I(first), "piece count");
  for (size_t k = 0; k < spans->len && first + 1 + (int)k < n; k++)
    test_check_str(t, s.s + spans->items[k].start, spans->items[k].len,
                   S(first + 1 + (int)k), "piece");
}

static void t_split(Test *t, char **f, int n) {
  Str s = S(1), sep = S(2);
  UnicodeSpans spans;
  unicode_spans_init(&spans);
  int rev = f[0][0] == 'r';
  int r = (rev ? unicode_rsplit : unicode_split)(
      s.s, s.len, sep.none ? NULL : sep.s, sep.len, I(3), &spans);
  if (strcmp(f[4], "E") == 0)
    test_check_int(t, r, UNICODE_EMPTY_SEP, "split error");
  else {
    test_check_int(t, r, UNICODE_OK, "split");
    check_spans(t, s, &spans, f, 4, n);
  }
  unicode_spans_free(&spans);
}

static void t_splitlines(Test *t, char **f, int n) {
  Str s = S(1);
  UnicodeSpans spans;
  unicode_spans_init(&spans);
  test_check_int(t, unicode_splitlines(s.s, s.len, (int)I(2), &spans),
                 UNICODE_OK, "splitlines");
  check_spans(t, s, &spans, f, 3, n);
  unicode_spans_free(&spans);
}

static void t_partition(Test *t, char **f, int n) {
  Str s = S(1), sep = S(2);
  size_t pos = 0;
  int rev = f[0][0] == 'r';
  int r = (rev ? unicode_rpartition : unicode_partition)(s.s, s.len, sep.s,
                                                          sep.len, &pos);
  (void)n;
  if (strcmp(f[3], "E") == 0) {
    test_check_int(t, r, UNICODE_EMPTY_SEP, "partition error");
    return;
  }
  if (r == UNICODE_UNCHANGED) pos = rev ? 0 : s.len;
  size_t mid = r == UNICODE_OK ? sep.len : 0;
  size_t tail = r == UNICODE_OK || rev ? pos + mid : s.len;
  test_check_str(t, s.s, r == UNICODE_OK || !rev ? pos : 0, S(3), "head");
  test_check_str(t, sep.s, mid, S(4), "sep");
  test_check_str(t, s.s + tail, s.len - tail, S(5), "tail");
}

static void t_find(Test *t, char **f, int n) {
  Str s = S(1), sub = S(2);
  int64_t start = I(3), end = I(4), got = 0;
  (void)n;
  switch (f[0][0] == 'r' ? 'R' : f[0][0]) {
  case 'f': got = unicode_find(s.s, s.len, sub.s, sub.len, start, end); break;
  case 'R': got = unicode_rfind(s.s, s.len, sub.s, sub.len, start, end); break;
  case 'c': got = unicode_count(s.s, s.len, sub.s, sub.len, start, end); break;
  case 's':
    got = unicode_startswith(s.s, s.len, sub.s, sub.len, start, end);
    break;
  default: got = unicode_endswith(s.s, s.len, sub.s, sub.len, start, end);
  }
  test_check_int(t, got, I(5), f[0]);
  if (f[0][0] == 'f' && start == 0 && end == INT64_MAX)
    test_check_int(t, unicode_contains(s.s, s.len, sub.s, sub.len), got >= 0,
                   "contains");
}

// Checks a result that may be UNICODE_UNCHANGED against python's `is`.
static void check_maybe_same(Test *t, int r, const Buf *b, Str s, Str want,
                             int same, const char *what) {
  test_check_int(t, r == UNICODE_UNCHANGED, same, what);
  if (r == UNICODE_UNCHANGED) test_check_str(t, s.s, s.len, want, what);
  else test_check_buf(t, b, want, what);
}

static void t_replace(Test *t, char **f, int n) {
  Str s = S(1), old = S(2), new_ = S(3);
  Buf b;
  buf_init(&b);
  (void)n;
  int r = unicode_replace(s.s, s.len, old.s, old.len, new_.s, new_.len, I(4),
                          &b);
  check_maybe_same(t, r, &b, s, S(5), (int)I(6), "replace");
  buf_free(&b);
}

// center/ljust/rjust, and zfill/expandtabs (which take no fill character).
static int run_pad(const char *op, Str s, int64_t width, uint32_t fill,
                   Buf *b) {
  typedef int (*PadFn)(const char *, size_t, int64_t, uint32_t, Buf *);
  PadFn fn = !strcmp(op, "center") ? unicode_center
             : !strcmp(op, "ljust") ? unicode_ljust
             : !strcmp(op, "rjust") ? unicode_rjust
                                    : NULL;
  if (fn) return fn(s.s, s.len, width, fill, b);
  if (!strcmp(op, "zfill")) return unicode_zfill(s.s, s.len, width, b);
  return unicode_expandtabs(s.s, s.len, width, b);
}

static void t_pad(Test *t, char **f, int n) {
  Str s = S(1);
  Buf b;
  buf_init(&b);
  (void)n;
  int r = run_pad(f[0], s, I(2), (uint32_t)I(3), &b);
  check_maybe_same(t, r, &b, s, S(4), (int)I(5), f[0]);
  buf_free(&b);
}

static void t_join(Test *t, char **f, int n) {
  Str sep = S(1);
  int count = (int)I(2);
  UnicodeStr items[16];
  Buf b;
  buf_init(&b);
  for (int k = 0; k < count && k < 16 && 3 + k < n; k++) {
    Str it = S(3 + k);
    items[k] = (UnicodeStr){it.s, it.len};
  }
  test_check_int(t, unicode_join(sep.s, sep.len, items, (size_t)count, &b),
                 UNICODE_OK, "join");
  test_check_buf(t, &b, S(3 + count), "join");
  buf_free(&b);
}

static void t_compare(Test *t, char **f, int n) {
  Str a = S(1), b = S(2);
  int c = unicode_compare(a.s, a.len, b.s, b.len);
  (void)n;
  test_check_int(t, (c > 0) - (c < 0), I(3), "compare");
}

static void t_hash(Test *t, char **f, int n) {
  uint8_t key[UNICODE_HASH_KEY_SIZE];
  Str s = S(2);
  (void)n;
  unicode_hash_key_from_seed((uint32_t)I(1), key);
  test_check_int(t, unicode_hash(key, s.s, s.len), I(3), "hash(str)");
  test_check_int(t, unicode_hash_bytes(key, s.s, s.len), I(4), "hash(bytes)");
}

typedef struct Checker {
  const char *op;
  void (*fn)(Test *t, char **f, int n);
} Checker;

static const Checker CHECKERS[] = {
    {"case", t_case},       {"repr", t_repr},
    {"pred", t_pred},       {"strip", t_strip},
    {"split", t_split},     {"rsplit", t_split},
    {"splitlines", t_splitlines},
    {"partition", t_partition}, {"rpartition", t_partition},
    {"find", t_find},       {"rfind", t_find},
    {"count", t_find},      {"startswith", t_find},
    {"endswith", t_find},   {"replace", t_replace},
    {"center", t_pad},      {"ljust", t_pad},
    {"rjust", t_pad},       {"zfill", t_pad},
    {"expandtabs", t_pad},  {"join", t_join},
    {"compare", t_compare}, {"hash", t_hash},
    {"stats", test_utf8_stats}, {"utf8", test_utf8_check},
    {"decimal", test_decimal},
};

int test_vector(Test *t, char **f, int n) {
  for (size_t k = 0; k < sizeof CHECKERS / sizeof CHECKERS[0]; k++) {
    if (strcmp(CHECKERS[k].op, f[0]) == 0) {
      CHECKERS[k].fn(t, f, n);
      return 0;
    }
  }
  return -1;
}
