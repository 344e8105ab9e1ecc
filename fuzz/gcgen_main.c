// gcgen_main.c — `gcgen FILE...`: prints the Python program fuzz_gc runs for
// each input file, so a crash fuzz_gc found becomes a .py regression
// (fuzz/regressions/, fuzz/README.md).
#include <stdio.h>
#include <stdlib.h>

#include "buf.h"
#include "gcgen.h"

static int print_program(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f) {
    perror(path);
    return 1;
  }
  Buf in, out;
  buf_init(&in);
  buf_init(&out);
  char chunk[4096];
  size_t n;
  while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
    buf_append(&in, chunk, n);
  fclose(f);
  gcgen_program(&out, (const uint8_t *)in.data, in.len);
  fwrite(out.data, 1, out.len, stdout);
  buf_free(&in);
  buf_free(&out);
  return 0;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fputs("usage: gcgen FILE...\n", stderr);
    return 2;
  }
  int status = 0;
  for (int i = 1; i < argc; i++)
    status |= print_program(argv[i]);
  return status;
}
