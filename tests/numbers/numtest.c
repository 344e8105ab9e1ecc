// numtest.c — test driver for core/bigint and core/numfmt: reads vectors
// written by gen_vectors.py (from python3) on stdin, runs each through the C
// libraries and compares with CPython's result. Usage: see run.sh.
#include "numtest.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void *count_alloc(void *ctx, size_t n) {
  Counter *c = ctx;
  if (c->fail_after >= 0 && c->count++ >= c->fail_after) return NULL;
  void *p = malloc(n);
  if (p) c->live++;
  return p;
}

static void count_free(void *ctx, void *p) {
  Counter *c = ctx;
  c->live--;
  free(p);
}

BigAlloc counting_alloc(Counter *c) {
  return (BigAlloc){count_alloc, count_free, c};
}

static void *plain_new(void *ctx, size_t n) {
  (void)ctx;
  return malloc(n);
}

static void plain_free(void *ctx, void *p) {
  (void)ctx;
  free(p);
}

BigAlloc plain_alloc(void) { return (BigAlloc){plain_new, plain_free, NULL}; }

BigInt *arg_big(const BigAlloc *al, const char *s) {
  BigErr err = {0};
  BigInt *x = big_from_str(al, s, strlen(s), 0, 0, &err);
  if (!x) {
    fprintf(stderr, "bad integer argument %s\n", s);
    exit(2);
  }
  return x;
}

double arg_double(const char *s) {
  uint64_t bits = strtoull(s, NULL, 16);
  double d;
  memcpy(&d, &bits, sizeof d);
  return d;
}

static int hexval(char c) {
  return c >= 'a' ? c - 'a' + 10 : c >= 'A' ? c - 'A' + 10 : c - '0';
}

// Undoes gen_vectors.py's escaping (\xHH and \\) in place.
static size_t unescape(char *s) {
  size_t j = 0;
  for (size_t i = 0; s[i]; i++) {
    if (s[i] == '\\' && s[i + 1] == 'x') {
      s[j++] = (char)(hexval(s[i + 2]) * 16 + hexval(s[i + 3]));
      i += 3;
    } else if (s[i] == '\\' && s[i + 1] == '\\') {
      s[j++] = '\\';
      i++;
    } else {
      s[j++] = s[i];
    }
  }
  s[j] = '\0';
  return j;
}

// Splits [line] into a Vector; returns 0 on a malformed line.
static int split(char *line, Vector *v) {
  char *fields[MAX_FIELDS + 2];
  int n = 0;
  for (char *p = line; n < MAX_FIELDS + 2;) {
    fields[n++] = p;
    p = strchr(p, '\t');
    if (!p) break;
    *p++ = '\0';
  }
  if (n < 2) return 0;
  v->op = fields[0];
  v->nargs = n - 2;
  for (int i = 0; i < v->nargs; i++) {
    v->arg[i] = fields[i + 1];
    v->len[i] = unescape(fields[i + 1]);
  }
  v->expect = fields[n - 1];
  unescape(fields[n - 1]);
  return 1;
}

typedef struct Stats {
  int64_t pass, fail, oom_runs;
} Stats;

static int run_one(const Vector *v, Counter *c, Buf *out) {
  BigAlloc al = counting_alloc(c);
  buf_clear(out);
  if (big_handle(v, &al, out) == 0) return 0;
  if (fmt_handle(v, &al, out) == 0) return 0;
  return -1;
}

// Reruns [v] with every allocation failing in turn: it must report
// MemoryError (or succeed) without leaking.
static void oom_check(const Vector *v, Stats *st, Buf *out) {
  for (int64_t k = 0; k < 64; k++) {
    Counter c = {0, k, 0};
    run_one(v, &c, out);
    if (c.live != 0) {
      printf("LEAK after failing allocation %lld: %s\n", (long long)k, v->op);
      st->fail++;
    }
    st->oom_runs++;
    if (c.count <= k) break; // no allocation failed: all paths covered
  }
}

static void check(const Vector *v, Stats *st, Buf *out, int oom) {
  Counter c = {0, -1, 0};
  if (run_one(v, &c, out) < 0) {
    printf("unknown op %s\n", v->op);
    st->fail++;
    return;
  }
  const char *got = buf_cstr(out);
  if (strcmp(got, v->expect) != 0 || c.live != 0) {
    if (st->fail++ < 40) {
      printf("FAIL %s", v->op);
      for (int i = 0; i < v->nargs; i++) printf(" [%s]", v->arg[i]);
      printf("\n  want [%s]\n  got  [%s] live=%lld\n", v->expect, got,
             (long long)c.live);
    }
  } else {
    st->pass++;
  }
  if (oom) oom_check(v, st, out);
}

int main(int argc, char **argv) {
  int oom_every = argc > 1 ? atoi(argv[1]) : 0; // 0: no failure injection
  Stats st = {0, 0, 0};
  Buf out, line;
  buf_init(&out);
  buf_init(&line);
  char chunk[4096];
  int64_t n = 0;
  while (fgets(chunk, sizeof chunk, stdin)) {
    buf_puts(&line, chunk);
    if (line.len == 0 || line.data[line.len - 1] != '\n') continue;
    line.data[--line.len] = '\0';
    Vector v;
    if (split(line.data, &v)) {
      check(&v, &st, &out, oom_every > 0 && n % oom_every == 0);
    }
    n++;
    buf_clear(&line);
  }
  printf("%lld passed, %lld failed (%lld out-of-memory runs)\n",
         (long long)st.pass, (long long)st.fail, (long long)st.oom_runs);
  buf_free(&out);
  buf_free(&line);
  return st.fail || st.pass == 0 ? 1 : 0; // no vectors read is a failure
}
