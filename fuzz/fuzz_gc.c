// fuzz_gc.c — libFuzzer target for the cycle collector: the input bytes
// drive gcgen.c's program generator (object graphs with cycles, finalizers,
// weakref callbacks, collections in a random order), and the program runs
// with the leak registry on and, for one input in 8 (first byte a multiple
// of 8) or all with FUZZ_HEAP_CHECKS=1, the heap checker and the stress
// collection at every statement (harness.h). fuzz/README.md.
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
  fuzz_config(&c, size > 0 && data[0] % 8 == 0);
  fuzz_run(&c, src.data, src.len, forbidden);
  buf_free(&src);
  return 0;
}
