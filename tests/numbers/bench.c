// bench.c — timing of the operations the brief puts a number on: str() and
// int() of a 4300-digit integer, repr() of random doubles. Prints results;
// run by run.sh after the correctness tests.
#define _POSIX_C_SOURCE 199309L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../../core/bigint.h"
#include "../../core/numfmt.h"

static void *plain_alloc(void *ctx, size_t n) {
  (void)ctx;
  return malloc(n);
}

static void plain_free(void *ctx, void *p) {
  (void)ctx;
  free(p);
}

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static void bench_int_text(const BigAlloc *al) {
  char text[4301];
  for (int i = 0; i < 4300; i++) text[i] = (char)('1' + (i * 7 + i / 3) % 9);
  text[4300] = '\0';
  BigErr err = {0};
  int reps = 200;
  BigInt *x = NULL;
  double t0 = now();
  for (int i = 0; i < reps; i++) {
    big_free(al, x);
    x = big_from_str(al, text, 4300, 10, 4300, &err);
  }
  double t1 = now();
  Buf out;
  buf_init(&out);
  for (int i = 0; i < reps; i++) {
    buf_clear(&out);
    big_to_str(al, &out, x, 10, 0, 4300, &err);
  }
  double t2 = now();
  printf("int(4300-digit str): %.1f us; str(4300-digit int): %.1f us%s\n",
         (t1 - t0) / reps * 1e6, (t2 - t1) / reps * 1e6,
         strcmp(buf_cstr(&out), text) == 0 ? "" : " (MISMATCH)");
  buf_free(&out);
  big_free(al, x);
}

static void bench_repr(void) {
  int n = 1000000;
  uint64_t s = 88172645463325252u;
  Buf out;
  buf_init(&out);
  double t0 = now();
  for (int i = 0; i < n; i++) {
    s ^= s << 13, s ^= s >> 7, s ^= s << 17;
    double d;
    memcpy(&d, &s, sizeof d);
    buf_clear(&out);
    numfmt_repr(&out, d);
  }
  double t1 = now();
  printf("repr(random double): %.0f ns each (%d calls)\n",
         (t1 - t0) / n * 1e9, n);
  buf_free(&out);
}

int main(void) {
  BigAlloc al = {plain_alloc, plain_free, NULL};
  bench_int_text(&al);
  bench_repr();
  return 0;
}
