// bench_text.c — rough timings of the text library on 1 MB strings (ASCII
// and mixed-script), for the report; `make bench`. Not a test.
#define _POSIX_C_SOURCE 200809L // clock_gettime
#include <stdio.h>
#include <time.h>

#include "unicode.h"

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

// Fills [b] with ~[size] bytes repeating [unit].
static void fill(Buf *b, const char *unit, size_t size) {
  while (b->len < size) buf_puts(b, unit);
}

static void bench_map(const char *name, int (*fn)(const char *, size_t, Buf *),
                      const Buf *s) {
  Buf out;
  buf_init(&out);
  double t = now();
  fn(s->data, s->len, &out);
  printf("  %-12s %7.2f ms\n", name, (now() - t) * 1e3);
  buf_free(&out);
}

static void bench_misc(const Buf *s) {
  uint8_t key[UNICODE_HASH_KEY_SIZE];
  unicode_hash_key_from_seed(0, key);
  UnicodeSpans spans;
  unicode_spans_init(&spans);
  double t = now();
  int64_t h = unicode_hash(key, s->data, s->len);
  double t2 = now();
  unicode_split(s->data, s->len, NULL, 0, -1, &spans);
  double t3 = now();
  int64_t c = unicode_count(s->data, s->len, "xyz", 3, 0, INT64_MAX);
  double t4 = now();
  size_t n = utf8_count(s->data, s->len);
  size_t off = utf8_offset(s->data, s->len, n / 2);
  double t5 = now();
  printf("  hash %.2f ms, split %.2f ms (%zu pieces), count %.2f ms, "
         "count+offset %.2f ms (%lld %lld %zu)\n",
         (t2 - t) * 1e3, (t3 - t2) * 1e3, spans.len, (t4 - t3) * 1e3,
         (t5 - t4) * 1e3, (long long)h, (long long)c, off);
  unicode_spans_free(&spans);
}

int main(void) {
  static const char *units[] = {"Hello World, the quick fox. ",
                                "Ἀθῆναι Σοφία straße 東京 😀 ΣΑΣ "};
  for (int k = 0; k < 2; k++) {
    Buf s;
    buf_init(&s);
    fill(&s, units[k], 1 << 20);
    printf("%s (%zu bytes):\n", k ? "mixed" : "ascii", s.len);
    bench_map("upper", unicode_upper, &s);
    bench_map("lower", unicode_lower, &s);
    bench_map("title", unicode_title, &s);
    bench_map("casefold", unicode_casefold, &s);
    bench_map("repr", unicode_repr, &s);
    bench_misc(&s);
    buf_free(&s);
  }
  return 0;
}
