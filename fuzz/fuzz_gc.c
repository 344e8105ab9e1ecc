// fuzz_gc.c — libFuzzer target for the cycle collector: the input bytes
// drive gcgen.c's program generator (object graphs with cycles, finalizers,
// weakref callbacks, collections in a random order), and the program runs
// with the leak registry on and, for a share of the inputs, the trace and
// the heap checker and stress collection at every statement (harness.h).
// fuzz/README.md.
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "buf.h"
#include "gcgen.h"
#include "harness.h"

// Texts a generated program never prints unless the runtime is wrong.
static const char *const forbidden[] = {"SystemError", "internal error", NULL};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  Buf src;
  buf_init(&src);
  gcgen_program(&src, data, size);
  if (src.failed) abort();
  VmConfig c;
  // The first byte (also the first statement) turns on the expensive
  // checks for a share of the inputs: the heap checks for 1 in 32 (they
  // make a run about 20 times slower), the trace for 1 in 4 (3 times).
  unsigned first = size ? data[0] : 1;
  fuzz_config(&c, first % 32 == 0);
  c.trace = first % 4 == 1;
  fuzz_run(&c, src.data, src.len, forbidden);
  buf_free(&src);
  return 0;
}
