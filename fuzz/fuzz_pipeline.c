// fuzz_pipeline.c — libFuzzer target: the input bytes are a program's source,
// run through the whole pipeline (parse, compile, run with small limits, the
// trace on for inputs of even length) and torn down; a leaked object or a
// malformed trace aborts (harness.h). FUZZ_HEAP_CHECKS=1 adds the heap checks.
// fuzz/README.md.
#include <stddef.h>
#include <stdint.h>

#include "harness.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  VmConfig c;
  fuzz_config(&c, 0);
  // Half the inputs (by length, so a crash keeps its parity when minimized)
  // run without the trace: recording changes which paths run.
  c.trace = size % 2 == 0;
  fuzz_run(&c, (const char *)data, size, NULL);
  return 0;
}
