// test_codepoints.c — builds, for every code point, the same text line that
// gen_codepoints.py prints from python3 (predicates, decimal/digit, the six
// case methods, title/final-sigma/splitlines context bits, repr) using only
// the public string API, and compares. Lines python3 leaves out must equal
// the default line (an unassigned-looking code point).
#define _POSIX_C_SOURCE 200809L // getline
#include "test_codepoints.h"

#include <stdlib.h>
#include <string.h>

#include "unicode.h"

static void put_hex(Buf *line, const Buf *got) {
  buf_puts(line, " x");
  for (size_t i = 0; i < got->len; i++)
    buf_printf(line, "%02x", (unsigned char)got->data[i]);
}

// Appends " =" when [got] equals [c], else " x<hex>".
static void put_enc(Buf *line, const Buf *got, const char *c, size_t clen) {
  if (got->len == clen && memcmp(got->data, c, clen) == 0)
    buf_puts(line, " =");
  else
    put_hex(line, got);
}

static void put_preds(Buf *line, const char *c, size_t n) {
  typedef int (*PredFn)(const char *, size_t);
  static const PredFn fns[] = {
      unicode_isalpha,   unicode_isdecimal,    unicode_isdigit,
      unicode_isnumeric, unicode_isalnum,      unicode_isspace,
      unicode_islower,   unicode_isupper,      unicode_istitle,
      unicode_isidentifier, unicode_isprintable};
  char a_c[5] = {'a'};
  memcpy(a_c + 1, c, n);
  buf_putc(line, ' ');
  for (int k = 0; k < 11; k++) buf_putc(line, (char)('0' + fns[k](c, n)));
  buf_putc(line, (char)('0' + unicode_isidentifier(a_c, n + 1)));
}

static void put_maps(Buf *line, const char *c, size_t n) {
  typedef int (*MapFn)(const char *, size_t, Buf *);
  static const MapFn fns[] = {unicode_upper,    unicode_lower,
                              unicode_title,    unicode_casefold,
                              unicode_swapcase, unicode_capitalize};
  for (int k = 0; k < 6; k++) {
    Buf out;
    buf_init(&out);
    fns[k](c, n, &out);
    put_enc(line, &out, c, n);
    buf_free(&out);
  }
}

// Returns [a] + [c] + [b] (caller frees).
static Buf concat(const char *a, const char *c, size_t n, const char *b) {
  Buf in;
  buf_init(&in);
  buf_puts(&in, a);
  buf_append(&in, c, n);
  buf_puts(&in, b);
  return in;
}

// Runs [fn] on [a] + [c] + [b] and returns the output (caller frees).
static Buf around(int (*fn)(const char *, size_t, Buf *), const char *a,
                  const char *c, size_t n, const char *b) {
  Buf in = concat(a, c, n, b), out;
  buf_init(&out);
  fn(in.data, in.len, &out);
  buf_free(&in);
  return out;
}

static int ends_with(const Buf *b, const char *tail) {
  size_t n = strlen(tail);
  return b->len >= n && memcmp(b->data + b->len - n, tail, n) == 0;
}

// cased (via title), case-ignorable (via final sigma), line break.
static void put_context(Buf *line, const char *c, size_t n) {
  Buf title = around(unicode_title, "", c, n, "A");
  Buf low1 = around(unicode_lower, "a", c, n, "\xCE\xA3");
  Buf low2 = around(unicode_lower, "a\xCE\xA3", c, n, "");
  Buf in = concat("a", c, n, "b");
  UnicodeSpans spans;
  unicode_spans_init(&spans);
  unicode_splitlines(in.data, in.len, 0, &spans);
  buf_printf(line, " %d%d%d%d", ends_with(&title, "a"),
             ends_with(&low1, "\xCF\x82"),
             low2.len >= 3 && memcmp(low2.data + 1, "\xCF\x82", 2) == 0,
             spans.len == 2);
  unicode_spans_free(&spans);
  buf_free(&title);
  buf_free(&low1);
  buf_free(&low2);
  buf_free(&in);
}

static void cp_line(Buf *line, uint32_t cp) {
  char c[4];
  size_t n = utf8_encode(cp, c);
  Buf repr;
  buf_init(&repr);
  buf_printf(line, "%x", (unsigned)cp);
  put_preds(line, c, n);
  buf_printf(line, " %d %d", ucd_decimal(cp), ucd_digit(cp));
  put_maps(line, c, n);
  put_context(line, c, n);
  unicode_repr(c, n, &repr);
  put_hex(line, &repr);
  buf_free(&repr);
}

// The line gen_codepoints.py omits: nothing set, repr escaped.
static void default_line(Buf *line, uint32_t cp) {
  char esc[16];
  if (cp <= 0xFF) snprintf(esc, sizeof esc, "'\\x%02x'", (unsigned)cp);
  else if (cp <= 0xFFFF) snprintf(esc, sizeof esc, "'\\u%04x'", (unsigned)cp);
  else snprintf(esc, sizeof esc, "'\\U%08x'", (unsigned)cp);
  buf_printf(line, "%x 000000000000 -1 -1 = = = = = = 0010 x", (unsigned)cp);
  for (const char *p = esc; *p; p++) buf_printf(line, "%02x", *p);
}

static void report(Test *t, uint32_t cp, const Buf *got, const Buf *want) {
  if (t->failures > 30) return;
  fprintf(stderr, "FAIL U+%04X\n    got  %s\n    want %s\n", (unsigned)cp,
          buf_cstr((Buf *)got), buf_cstr((Buf *)want));
}

void test_codepoints(Test *t, FILE *in) {
  char *text = NULL;
  size_t cap = 0;
  ssize_t got = getline(&text, &cap, in);
  Buf mine, want;
  buf_init(&mine);
  buf_init(&want);
  for (uint32_t cp = 0; cp < 0x110000; cp++) {
    buf_clear(&mine);
    buf_clear(&want);
    cp_line(&mine, cp);
    if (got > 0 && strtoul(text, NULL, 16) == cp) {
      buf_append(&want, text, strcspn(text, "\n"));
      got = getline(&text, &cap, in);
    } else {
      default_line(&want, cp);
    }
    int ok = mine.len == want.len && !memcmp(mine.data, want.data, mine.len);
    test_check(t, ok, "code point");
    if (!ok) report(t, cp, &mine, &want);
  }
  test_check(t, got <= 0, "all python lines consumed");
  free(text);
  buf_free(&mine);
  buf_free(&want);
}
