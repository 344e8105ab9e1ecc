// gcgen.h — the program generator behind fuzz_gc (fuzz/README.md): input
// bytes choose the statements of a Python program that builds object graphs
// (lists, dicts, tuples, instances, closures, generators, tracebacks) with
// cycles, finalizers that resurrect, raise or collect, weakrefs with
// callbacks, and drops, rebinds and collects them in a random order. Every
// program is valid Python whose output does not depend on addresses.
#ifndef fuzz_gcgen_h
#define fuzz_gcgen_h

#include <stddef.h>
#include <stdint.h>

#include "buf.h"

// Appends to [out] the program [size] bytes of [data] describe.
void gcgen_program(Buf *out, const uint8_t *data, size_t size);

#endif
