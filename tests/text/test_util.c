// test_util.c — vector field decoding and checks (see test_util.h).
#include "test_util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int test_split_fields(char *line, char **fields, int max) {
  int n = 0;
  char *p = line;
  while (*p && n < max) {
    while (*p == ' ' || *p == '\n') *p++ = '\0';
    if (!*p) break;
    fields[n++] = p;
    while (*p && *p != ' ' && *p != '\n') p++;
  }
  return n;
}

static int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  return c - 'a' + 10;
}

Str test_str(Test *t, const char *field) {
  Str r = {"", 0, 0};
  if (strcmp(field, "-") == 0) {
    r.none = 1;
    return r;
  }
  size_t n = (strlen(field) - 1) / 2;
  char *s = malloc(n + 1);
  if (!s || t->nallocs == TEST_MAX_ALLOCS) abort();
  for (size_t i = 0; i < n; i++)
    s[i] = (char)(hex_value(field[1 + 2 * i]) * 16 +
                  hex_value(field[2 + 2 * i]));
  s[n] = '\0';
  t->allocs[t->nallocs++] = s;
  r.s = s;
  r.len = n;
  return r;
}

int64_t test_int(const char *field) { return strtoll(field, NULL, 10); }

void test_end_vector(Test *t) {
  for (int i = 0; i < t->nallocs; i++) free(t->allocs[i]);
  t->nallocs = 0;
}

static void print_hex(const char *label, const char *s, size_t len) {
  fprintf(stderr, "    %s: x", label);
  for (size_t i = 0; i < len; i++) fprintf(stderr, "%02x", (unsigned char)s[i]);
  fprintf(stderr, "\n");
}

void test_check(Test *t, int ok, const char *what) {
  t->checks++;
  if (ok) return;
  t->failures++;
  if (t->failures <= 30)
    fprintf(stderr, "FAIL line %ld (%s): %s\n", t->line_no, what,
            t->line ? t->line : "");
}

void test_check_int(Test *t, int64_t got, int64_t want, const char *what) {
  test_check(t, got == want, what);
  if (got != want && t->failures <= 30)
    fprintf(stderr, "    got %lld, want %lld\n", (long long)got,
            (long long)want);
}

void test_check_str(Test *t, const char *got, size_t gotlen, Str want,
                    const char *what) {
  int ok = gotlen == want.len && (gotlen == 0 || !memcmp(got, want.s, gotlen));
  test_check(t, ok, what);
  if (!ok && t->failures <= 30) {
    print_hex("got ", got, gotlen);
    print_hex("want", want.s, want.len);
  }
}

void test_check_buf(Test *t, const Buf *got, Str want, const char *what) {
  test_check_str(t, got->data, got->len, want, what);
}
