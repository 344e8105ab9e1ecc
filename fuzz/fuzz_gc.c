// fuzz_gc.c — libFuzzer target for the cycle collector: the input bytes
// drive gcgen.c's program generator (object graphs with cycles, finalizers,
// weakref callbacks, collections in a random order), and the program runs
// with the leak registry on, the trace for a share of the inputs, and the
// heap checker and stress collection at every statement when
// FUZZ_HEAP_CHECKS is set (harness.h). fuzz/README.md.
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
  // The heap checks make a run 10-20 times slower: fuzz/run.sh replays the
  // corpus with them (FUZZ_HEAP_CHECKS=1) after fuzzing. The trace triples
  // a run's time: the first byte (also the first statement) turns it on
  // for one input in 4.
  fuzz_config(&c, 0);
  c.trace = size && data[0] % 4 == 1;
  fuzz_run(&c, src.data, src.len, forbidden);
  buf_free(&src);
  return 0;
}
