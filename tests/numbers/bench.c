// bench.c — timing of the operations the brief puts a number on: str() and
// int() of a 4300-digit integer, repr() of random and of everyday doubles.
// Best of several rounds (the machine may be shared). Run by run.sh.
#define _POSIX_C_SOURCE 199309L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../../core/bigint.h"
#include "../../core/numfmt.h"

#define ROUNDS 7

static void *bench_alloc(void *ctx, size_t n) {
  (void)ctx;
  return malloc(n);
}

static void bench_free(void *ctx, void *p) {
  (void)ctx;
  free(p);
}

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static double best_of(double *t, double v) { return v < *t ? (*t = v) : *t; }

static void bench_int_text(const BigAlloc *al) {
  char text[4301];
  for (int i = 0; i < 4300; i++) text[i] = (char)('1' + (i * 7 + i / 3) % 9);
  text[4300] = '\0';
  BigErr err = {0};
  BigInt *x = NULL;
  Buf out;
  buf_init(&out);
  double parse = 1e9, print = 1e9;
  for (int r = 0; r < ROUNDS; r++) {
    double t0 = now();
    for (int i = 0; i < 20; i++) {
      big_free(al, x);
      x = big_from_str(al, text, 4300, 10, 4300, &err);
    }
    double t1 = now();
    for (int i = 0; i < 20; i++) {
      buf_clear(&out);
      big_to_str(al, &out, x, 10, 0, 4300, &err);
    }
    best_of(&parse, (t1 - t0) / 20);
    best_of(&print, (now() - t1) / 20);
  }
  printf("int(4300-digit str): %.1f us; str(4300-digit int): %.1f us%s\n",
         parse * 1e6, print * 1e6,
         strcmp(buf_cstr(&out), text) == 0 ? "" : " (MISMATCH)");
  buf_free(&out);
  big_free(al, x);
}

static double next_random(uint64_t *s, int everyday) {
  *s ^= *s << 13, *s ^= *s >> 7, *s ^= *s << 17;
  if (everyday) return (double)(*s % 100000) / 100.0; // 0.0 .. 999.99
  double d;
  memcpy(&d, s, sizeof d);
  return d;
}

static void bench_repr(int everyday) {
  int n = 200000;
  Buf out;
  buf_init(&out);
  double best = 1e9;
  for (int r = 0; r < ROUNDS; r++) {
    uint64_t s = 88172645463325252u;
    double t0 = now();
    for (int i = 0; i < n; i++) {
      buf_clear(&out);
      numfmt_repr(&out, next_random(&s, everyday));
    }
    best_of(&best, (now() - t0) / n);
  }
  printf("repr(%s): %.0f ns each\n",
         everyday ? "values like 123.45" : "random bit patterns", best * 1e9);
  buf_free(&out);
}

int main(void) {
  BigAlloc al = {bench_alloc, bench_free, NULL};
  bench_int_text(&al);
  bench_repr(0);
  bench_repr(1);
  return 0;
}
