// harness.h — what the fuzz targets share (fuzz/README.md): a VM
// configuration with small limits, and one run of a program followed by the
// checks that turn a silent bug into a crash libFuzzer can report.
#ifndef fuzz_harness_h
#define fuzz_harness_h

#include <stddef.h>

#include "api.h"

// The limits every target (and fuzz/regressions.sh, through the CLI's
// options) uses, so a program stops quickly whatever it does.
enum {
  FUZZ_MAX_STEPS = 100000,
  FUZZ_MAX_EVENTS = 200000,
  FUZZ_MAX_MEMORY = 32 << 20,
  FUZZ_MAX_OUTPUT = 64 << 10,
};

// Fills [c] with the defaults plus the limits above, the trace and the leak
// registry on. [heap_checks]: the heap checker and the stress collection at
// every statement of the main program too (about 20 times slower), also
// forced on by the environment variable FUZZ_HEAP_CHECKS (for replaying a
// corpus with every check).
void fuzz_config(VmConfig *c, int heap_checks);

// Runs [len] bytes of [src] in a fresh VM made with [c], then checks the
// result and aborts, after printing the program and what went wrong, if the
// run left objects allocated, a heap check failed, the trace is malformed,
// or stderr contains one of the [forbidden] strings (a NULL-terminated list,
// may be NULL). Returns the VM's result.
VmResult fuzz_run(const VmConfig *c, const char *src, size_t len,
                  const char *const *forbidden);

#endif
