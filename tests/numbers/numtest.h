// numtest.h — shared pieces of the number-library test program: the vector
// reader, a counting allocator and the result check. gen_vectors.py writes
// one test per line (tab-separated, expected result last); see run.sh.
#ifndef tests_numbers_numtest_h
#define tests_numbers_numtest_h

#include <stddef.h>
#include <stdint.h>

#include "../../core/bigint.h"
#include "../../core/buf.h"

#define MAX_FIELDS 8

typedef struct Vector {
  const char *op;
  int nargs; // fields between op and the expected result
  char *arg[MAX_FIELDS];
  size_t len[MAX_FIELDS]; // byte lengths (fields may contain NUL)
  const char *expect;
} Vector;

typedef struct Counter {
  int64_t live;       // allocations not yet freed
  int64_t fail_after; // >= 0: allocation number that fails (then all fail)
  int64_t count;
} Counter;

// Allocator over malloc that counts live blocks and can simulate failure.
BigAlloc counting_alloc(Counter *c);
// Allocator over malloc that never fails on purpose: for test arguments.
BigAlloc plain_alloc(void);

// Handlers append their result text to [out]; return 0 when the op is
// known. Errors are written as "!Type: message".
int big_handle(const Vector *v, const BigAlloc *al, Buf *out);
int fmt_handle(const Vector *v, const BigAlloc *al, Buf *out);

// Parses an integer argument (Python's hex(), e.g. "-0x1f"); aborts on junk.
BigInt *arg_big(const BigAlloc *al, const char *s);
double arg_double(const char *s); // "0x" + 16 hex digits: the bit pattern

#endif
