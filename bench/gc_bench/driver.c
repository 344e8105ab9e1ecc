// driver.c — runs one gc_bench program in Refscope through the public API
// (core/api.h) and reports how long its gc.collect() took. The program
// prints "@start" right before gc.collect() and "@stop" right after; the
// write callback stamps the clock when it sees them (bench/gc_bench/README.md
// explains the method; run.sh builds this file). Output: "seconds=<collect time> out=<program output>".
#define _POSIX_C_SOURCE 200809L // clock_gettime
#include "api.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct Stamps {
  double start, stop;
  char out[256];
  size_t len;
} Stamps;

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static void on_write(void *ctx, int stream, const char *data, size_t len) {
  Stamps *s = ctx;
  if (stream == VM_STDOUT && len >= 5 && memcmp(data, "@start", 5) == 0)
    s->start = now();
  else if (stream == VM_STDOUT && len >= 5 && memcmp(data, "@stop", 5) == 0)
    s->stop = now();
  size_t room = sizeof s->out - 1 - s->len;
  if (len > room) len = room;
  memcpy(s->out + s->len, data, len);
  s->len += len;
}

static char *read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *data = malloc((size_t)n + 1);
  *len = data ? fread(data, 1, (size_t)n, f) : 0;
  fclose(f);
  return data;
}

int main(int argc, char **argv) {
  if (argc != 2) {
    fputs("usage: driver PROGRAM.py\n", stderr);
    return 2;
  }
  size_t len;
  char *src = read_file(argv[1], &len);
  if (!src) return 2;
  Stamps stamps = {0};
  VmConfig c;
  vm_config_init(&c);
  c.filename = argv[1];
  c.max_memory = (size_t)16 << 30;
  c.write = on_write;
  c.write_ctx = &stamps;
  Vm *vm = vm_new(&c);
  if (!vm) return 1;
  VmResult r = vm_run(vm, src, len);
  for (size_t i = 0; i < stamps.len; i++)
    if (stamps.out[i] == '\n') stamps.out[i] = ' ';
  printf("seconds=%.9f out=%.*s\n", stamps.stop - stamps.start,
         (int)stamps.len, stamps.out);
  vm_free(vm);
  free(src);
  return r == VM_OK ? 0 : 1;
}
